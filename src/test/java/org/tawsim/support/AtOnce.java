package org.tawsim.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on their own threads, released together by one latch, so that they really race (two leads
 * pressing save at the same moment), and hands back what each returned or threw.
 */
public final class AtOnce {

    /** What one task ended with: its value, or what it threw. */
    public record Result<T>(T value, Throwable error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    private AtOnce() {
    }

    @SafeVarargs
    public static <T> List<Result<T>> run(Callable<T>... tasks) {
        return run(List.of(tasks));
    }

    public static <T> List<Result<T>> run(List<Callable<T>> tasks) {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The threads did not start");
            }
            go.countDown();
            List<Result<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Result<>(future.get(120, TimeUnit.SECONDS), null));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(new Result<>(null, e.getCause()));
                }
            }
            return outcomes;
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}
