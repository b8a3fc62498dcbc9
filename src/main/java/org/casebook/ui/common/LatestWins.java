package org.casebook.ui.common;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs quick background work where only the newest request matters, such as a search at every keystroke. Each
 * {@link #submit} supersedes the ones before it: work that has not started yet never starts, and the outcome of work
 * already running is thrown away instead of handed back. Outcomes come back through {@code foreground} (the JavaFX
 * thread in the app), so the screen only ever shows the answer to what the member last asked.
 */
public final class LatestWins implements AutoCloseable {

    private final Executor worker;
    private final long pauseMillis;
    private final Executor foreground;
    private final AtomicLong latest = new AtomicLong();

    /**
     * {@code pauseMillis} is how long a request waits on the worker before it starts, so that a burst of keystrokes
     * makes one search, not one per key.
     */
    public LatestWins(Executor worker, long pauseMillis, Executor foreground) {
        this.worker = Objects.requireNonNull(worker, "worker");
        if (pauseMillis < 0) {
            throw new IllegalArgumentException("A pause of " + pauseMillis + " ms");
        }
        this.pauseMillis = pauseMillis;
        this.foreground = Objects.requireNonNull(foreground, "foreground");
    }

    /** The app's lane: one daemon thread named {@code name}, a short pause for typing, outcomes on the JavaFX thread. */
    public static LatestWins onFxThread(String name, long pauseMillis) {
        return new LatestWins(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            // A daemon, so that a search still running never keeps a closed window's program alive.
            thread.setDaemon(true);
            return thread;
        }), pauseMillis, Platform::runLater);
    }

    /** A lane that does everything on the calling thread at once, for view-model tests. */
    public static LatestWins immediate() {
        return new LatestWins(Runnable::run, 0, Runnable::run);
    }

    /**
     * Queues {@code work}; exactly one of {@code onResult} and {@code onFailure} is called, through the foreground,
     * if no newer request has come in by the time the work ends, and neither otherwise.
     */
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        long generation = latest.incrementAndGet();
        worker.execute(() -> run(generation, work, onResult, onFailure));
    }

    /** Drops every request made so far: nothing asked for before this call is handed back. */
    public void supersede() {
        latest.incrementAndGet();
    }

    private <T> void run(long generation, Supplier<T> work, Consumer<? super T> onResult,
                         Consumer<? super Throwable> onFailure) {
        // Superseded requests queued behind a pause end at once, so the newest waits one pause, not one per key.
        if (generation != latest.get() || pauseMillis > 0 && !pause() || generation != latest.get()) {
            return;
        }
        Runnable outcome;
        try {
            T result = work.get();
            outcome = () -> onResult.accept(result);
        } catch (RuntimeException e) {
            outcome = () -> onFailure.accept(e);
        }
        Runnable handBack = outcome;
        foreground.execute(() -> {
            // Checked again where the outcome is shown: a newer request may have come in while this one ran.
            if (generation == latest.get()) {
                handBack.run();
            }
        });
    }

    private boolean pause() {
        try {
            Thread.sleep(pauseMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops what is asked for and stops the worker, if this lane owns one. */
    @Override
    public void close() {
        supersede();
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
