package org.casebook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only the newest request's outcome is handed back, whatever order the work ends in. */
class LatestWinsTest {

    @Test
    void workSupersededBeforeItStartsNeverRuns() {
        List<Runnable> queued = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        LatestWins lane = new LatestWins(queued::add, 0, Runnable::run);

        lane.submit(() -> ran.add("first") ? "first" : "", shown::add, e -> shown.add("failed"));
        lane.submit(() -> ran.add("second") ? "second" : "", shown::add, e -> shown.add("failed"));
        queued.forEach(Runnable::run);

        assertThat(ran).containsExactly("second");
        assertThat(shown).containsExactly("second");
    }

    @Test
    void anOutcomeThatArrivesAfterANewerRequestIsThrownAway() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastDone = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        LatestWins lane = new LatestWins(two, 0, Runnable::run);
        try {
            lane.submit(() -> {
                slowStarted.countDown();
                await(release);
                return "slow";
            }, shown::add, e -> shown.add("failed"));
            assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
            lane.submit(() -> "fast", value -> {
                shown.add(value);
                fastDone.countDown();
            }, e -> shown.add("failed"));
            assertThat(fastDone.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            two.shutdown();
            assertThat(two.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

            assertThat(shown).containsExactly("fast");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aFailureOfTheNewestRequestIsHandedBackAndSupersedeDropsEverything() {
        List<Runnable> queued = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        LatestWins lane = new LatestWins(queued::add, 0, Runnable::run);

        lane.submit(() -> {
            throw new IllegalStateException("no index");
        }, value -> shown.add("value"), e -> shown.add(e.getMessage()));
        queued.remove(0).run();
        lane.submit(() -> "late", shown::add, e -> shown.add("failed"));
        lane.supersede();
        queued.remove(0).run();

        assertThat(shown).containsExactly("no index");
    }

    @Test
    void aBurstOfRequestsBehindThePauseEndsInOneRun() throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        LatestWins lane = new LatestWins(one, 300, Runnable::run);
        try {
            for (int key = 1; key <= 10; key++) {
                int typed = key;
                lane.submit(() -> ran.add(typed) ? typed : 0, value -> done.countDown(), e -> done.countDown());
            }
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(ran).containsExactly(10);
        } finally {
            lane.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
