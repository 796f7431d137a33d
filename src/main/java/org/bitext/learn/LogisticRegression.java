package org.bitext.learn;

import java.util.List;

/**
 * Fits a logistic model by Newton's method, with an L2 penalty on every weight but the first (the intercept, whose
 * feature is always 1). Deterministic: the same examples in the same order give the same weights.
 */
final class LogisticRegression {
  private static final int MOST_ITERATIONS = 100;
  private static final double CONVERGED = 1e-9;

  private final double penalty;

  /** @param penalty the L2 penalty λ: the fit minimises log-loss + λ/2 · Σ w² (intercept excluded) */
  LogisticRegression(double penalty) {
    if (!(penalty > 0)) {
      throw new IllegalArgumentException("the penalty must be positive, so that every fit has one solution");
    }
    this.penalty = penalty;
  }

  /** The fitted weights and how the fit went. */
  record Fit(double[] weights, int iterations, double logLoss) {}

  Fit fit(List<double[]> features, List<Boolean> right) {
    int size = features.get(0).length;
    double[] weights = new double[size];
    for (int iteration = 1; iteration <= MOST_ITERATIONS; iteration++) {
      double[] gradient = new double[size];
      double[][] hessian = new double[size][size];
      for (int i = 0; i < features.size(); i++) {
        double[] x = features.get(i);
        double p = probability(weights, x);
        double error = p - (right.get(i) ? 1 : 0);
        double curvature = p * (1 - p);
        for (int a = 0; a < size; a++) {
          gradient[a] += error * x[a];
          for (int b = 0; b < size; b++) {
            hessian[a][b] += curvature * x[a] * x[b];
          }
        }
      }
      for (int a = 1; a < size; a++) {
        gradient[a] += penalty * weights[a];
        hessian[a][a] += penalty;
      }
      // The intercept is unpenalised; a tiny ridge keeps the system solvable when every example is alike.
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < size; a++) {
        weights[a] -= step[a];
        largest = Math.max(largest, Math.abs(step[a]));
      }
      if (largest < CONVERGED) {
        return new Fit(weights, iteration, logLoss(weights, features, right));
      }
    }
    return new Fit(weights, MOST_ITERATIONS, logLoss(weights, features, right));
  }

  static double probability(double[] weights, double[] x) {
    double sum = 0;
    for (int a = 0; a < x.length; a++) {
      sum += weights[a] * x[a];
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** The mean negative log-likelihood of the examples. */
  static double logLoss(double[] weights, List<double[]> features, List<Boolean> right) {
    double loss = 0;
    for (int i = 0; i < features.size(); i++) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, probability(weights, features.get(i))));
      loss -= right.get(i) ? Math.log(p) : Math.log(1 - p);
    }
    return loss / features.size();
  }

  /** Solves A·x = b by Gaussian elimination with partial pivoting; A is symmetric positive definite here. */
  private static double[] solve(double[][] matrix, double[] vector) {
    int n = vector.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = java.util.Arrays.copyOf(matrix[i], n + 1);
      a[i][n] = vector[i];
    }
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      double[] swap = a[column];
      a[column] = a[pivot];
      a[pivot] = swap;
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        for (int k = column; k <= n; k++) {
          a[row][k] -= factor * a[column][k];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = a[row][n];
      for (int k = row + 1; k < n; k++) {
        sum -= a[row][k] * x[k];
      }
      x[row] = sum / a[row][row];
    }
    return x;
  }
}
