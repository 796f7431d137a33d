/**
 * The run layer: wires the stages for one {@code bitext align} run. It expands the inputs, hands their units of work
 * to the extraction chain ({@link org.bitext.run.Pipeline}) on a pool of threads, and feeds the results, in input
 * order, one way into each output ({@link org.bitext.run.PairOutput}), whose journal lets a stopped run continue.
 */
package org.bitext.run;
