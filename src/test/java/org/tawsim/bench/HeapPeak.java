package org.tawsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The used heap of this JVM before a measured step (after a GC) and its peak during the step, sampled every 20 ms
 * by a daemon thread from {@link #start()} until {@link #stop()}.
 */
final class HeapPeak {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long before;
    private final AtomicLong peak;
    private final Thread sampler;

    private HeapPeak() {
        System.gc();
        before = used();
        peak = new AtomicLong(before);
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak heap = new HeapPeak();
        heap.sampler.start();
        return heap;
    }

    void stop() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    /** Used heap now, in bytes. */
    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long before() {
        return before;
    }

    long peak() {
        return peak.get();
    }
}
