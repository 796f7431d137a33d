package org.bitext.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bitext.testing.CharacterSegmenter;
import org.junit.jupiter.api.Test;

class LazyWordSegmenterTest {
  @Test
  void buildsTheSegmenterOnFirstUseOnly() {
    AtomicInteger built = new AtomicInteger();
    LazyWordSegmenter segmenter = new LazyWordSegmenter(() -> {
      built.incrementAndGet();
      return new CharacterSegmenter();
    });
    assertThat(segmenter.isLoaded()).isFalse();

    assertThat(segmenter.segment("肯維島")).containsExactly("肯", "維", "島");
    assertThat(segmenter.segment("海牙")).containsExactly("海", "牙");
    assertThat(built).hasValue(1);
    assertThat(segmenter.isLoaded()).isTrue();
  }

  @Test
  void aBackgroundLoadBuildsItOnceAndACallMeanwhileWaitsForIt() throws Exception {
    AtomicInteger built = new AtomicInteger();
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LazyWordSegmenter segmenter = new LazyWordSegmenter(() -> {
      built.incrementAndGet();
      loading.countDown();
      await(release);
      return new CharacterSegmenter();
    });

    segmenter.loadInBackground();
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    Thread caller = new Thread(() -> assertThat(segmenter.segment("威竣")).containsExactly("威", "竣"));
    caller.start();
    caller.join(200);
    assertThat(caller.isAlive()).as("the call waits for the load under way").isTrue();
    release.countDown();
    caller.join(10_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(built).hasValue(1);
    assertThat(segmenter.isLoaded()).isTrue();
  }

  @Test
  void aBackgroundLoadThatFailsIsReportedByTheFirstCall() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    LazyWordSegmenter segmenter = new LazyWordSegmenter(() -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("cannot load the model");
    });

    segmenter.loadInBackground();
    for (int wait = 0; wait < 1000 && attempts.get() == 0; wait++) {
      Thread.sleep(10);
    }

    assertThat(attempts).hasValue(1);
    assertThat(segmenter.isLoaded()).isFalse();
    assertThatThrownBy(() -> segmenter.segment("海牙")).hasMessage("cannot load the model");
    assertThat(attempts).hasValue(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
