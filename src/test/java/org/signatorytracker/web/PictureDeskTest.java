package org.signatorytracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.signatorytracker.web.PictureDesk.Drawn;

/**
 * The cost of pictures is bounded: few drawn at once, each drawn once, a cache bounded in bytes.
 */
@Tag("unit")
class PictureDeskTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void theSameRequestIsDrawnOnce() {
    PictureDesk desk = new PictureDesk(2, Duration.ofSeconds(1), 1 << 20);
    AtomicInteger drawings = new AtomicInteger();
    Supplier<Drawn> draw = () -> drawn(100, drawings);
    Drawn first = desk.drawOnce("tag-1", draw);
    Drawn second = desk.drawOnce("tag-1", draw);
    assertThat(second).isSameAs(first);
    assertThat(drawings).hasValue(1);
    desk.drawOnce("tag-2", draw);
    assertThat(drawings).hasValue(2);
  }

  @Test
  void callersOfAPictureBeingDrawnWaitForThatDrawing() throws Exception {
    PictureDesk desk = new PictureDesk(2, Duration.ofSeconds(1), 1 << 20);
    AtomicInteger drawings = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<Drawn> first =
        threads.submit(
            () ->
                desk.drawOnce(
                    "tag",
                    () -> {
                      started.countDown();
                      await(finish);
                      return drawn(100, drawings);
                    }));
    started.await(5, TimeUnit.SECONDS);
    Future<Drawn> second = threads.submit(() -> desk.drawOnce("tag", () -> drawn(100, drawings)));
    Thread.sleep(100);
    assertThat(second).isNotDone();
    finish.countDown();
    assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
    assertThat(drawings).hasValue(1);
  }

  @Test
  void whenEveryTurnStaysTakenBeyondTheWaitTheAnswerIsBusyWithRetryAfter() throws Exception {
    PictureDesk desk = new PictureDesk(1, Duration.ofMillis(200), 1 << 20);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Future<Drawn> slow =
        threads.submit(
            () ->
                desk.drawOnce(
                    "slow",
                    () -> {
                      started.countDown();
                      await(finish);
                      return drawn(10, new AtomicInteger());
                    }));
    started.await(5, TimeUnit.SECONDS);
    long before = System.nanoTime();
    assertThatThrownBy(() -> desk.drawOnce("other", () -> drawn(10, new AtomicInteger())))
        .isInstanceOfSatisfying(
            PictureDesk.BusyException.class, e -> assertThat(e.retryAfterSeconds).isEqualTo(1))
        .hasMessageContaining("try again in 1 second");
    assertThat(Duration.ofNanos(System.nanoTime() - before))
        .isGreaterThanOrEqualTo(Duration.ofMillis(190));
    finish.countDown();
    slow.get(5, TimeUnit.SECONDS);
    // the refusal was not kept: the next caller draws it
    assertThat(desk.drawOnce("other", () -> drawn(10, new AtomicInteger())).bytes()).hasSize(10);
  }

  @Test
  void aFailedDrawingIsNotKept() {
    PictureDesk desk = new PictureDesk(1, Duration.ofSeconds(1), 1 << 20);
    assertThatThrownBy(
            () ->
                desk.drawOnce(
                    "tag",
                    () -> {
                      throw new IllegalStateException("broken");
                    }))
        .hasMessage("broken");
    AtomicInteger drawings = new AtomicInteger();
    desk.drawOnce("tag", () -> drawn(10, drawings));
    assertThat(drawings).hasValue(1);
  }

  @Test
  void theCacheHoldsNoMoreBytesThanItsSize() {
    PictureDesk desk = new PictureDesk(2, Duration.ofSeconds(1), 10_000);
    AtomicInteger drawings = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      desk.drawOnce("tag-" + i, () -> drawn(1_000, drawings));
    }
    assertThat(desk.keptBytes()).isPositive().isLessThanOrEqualTo(10_000);
    // a picture larger than the whole cache is answered, and not kept
    assertThat(desk.drawOnce("huge", () -> drawn(50_000, drawings)).bytes()).hasSize(50_000);
    assertThat(desk.keptBytes()).isLessThanOrEqualTo(10_000);
    assertThat(drawings).hasValue(51);
  }

  private static Drawn drawn(int bytes, AtomicInteger drawings) {
    drawings.incrementAndGet();
    return new Drawn(new byte[bytes], Pictures.SVG);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
