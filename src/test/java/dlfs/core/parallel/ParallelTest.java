package dlfs.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team of workers: every index exactly once, failures passed on, no deadlock when calls overlap. */
class ParallelTest {
    private static final long BIG = Parallel.MIN_WORK_PER_TASK;
    private int savedThreads;

    @BeforeEach
    void saveThreads() {
        savedThreads = Parallel.threads();
    }

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(savedThreads);
    }

    @Test
    void everyIndexIsVisitedExactlyOnceForAnySplit() {
        for (int threads : new int[] {1, 2, 3, 5}) {
            Parallel.setThreads(threads);
            for (int n : new int[] {0, 1, 2, 3, 7, 100, 1001}) {
                for (int repeat = 0; repeat < 20; repeat++) {
                    AtomicIntegerArray visits = new AtomicIntegerArray(n);
                    Parallel.forRange(n, BIG, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            visits.incrementAndGet(i);
                        }
                    });
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, visits.get(i), threads + " threads, n " + n + ", index " + i);
                    }
                }
            }
        }
    }

    @Test
    void smallWorkStaysOnTheCallingThread() {
        Parallel.setThreads(4);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.forRange(1000, 1, (from, to) -> threads.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void largeWorkIsSplitIntoAtMostOneRangePerThread() {
        Parallel.setThreads(3);
        List<int[]> ranges = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.forRange(10, BIG, (from, to) -> ranges.add(new int[] {from, to}));
        assertEquals(3, ranges.size());
        assertEquals(10, ranges.stream().mapToInt(r -> r[1] - r[0]).sum());
    }

    @Test
    void aFailureInAnyRangeReachesTheCallerAndTheTeamKeepsWorking() {
        Parallel.setThreads(2);
        for (int failing = 0; failing < 2; failing++) {
            int bad = failing;
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    Parallel.forRange(2, BIG, (from, to) -> {
                        if (from == bad) {
                            throw new IllegalStateException("range " + bad);
                        }
                    }));
            assertEquals("range " + bad, e.getMessage());
        }
        AtomicIntegerArray visits = new AtomicIntegerArray(2);
        Parallel.forRange(2, BIG, (from, to) -> visits.incrementAndGet(from));
        assertEquals(1, visits.get(0));
        assertEquals(1, visits.get(1));
    }

    @Test
    void nestedCallsRunInsideTheirRange() {
        Parallel.setThreads(2);
        AtomicIntegerArray visits = new AtomicIntegerArray(40);
        Parallel.forRange(4, BIG, (from, to) -> {
            for (int outer = from; outer < to; outer++) {
                int base = outer * 10;
                Parallel.forRange(10, BIG, (f, t) -> {
                    for (int i = f; i < t; i++) {
                        visits.incrementAndGet(base + i);
                    }
                });
            }
        });
        for (int i = 0; i < 40; i++) {
            assertEquals(1, visits.get(i));
        }
    }

    @Test
    void callersOnSeveralThreadsAndAChangeOfThreadCountDoNotBlockEachOther() throws Exception {
        Parallel.setThreads(2);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> sums = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                sums.add(callers.submit(() -> {
                    long total = 0;
                    for (int repeat = 0; repeat < 300; repeat++) {
                        long[] parts = new long[64];
                        Parallel.forRange(64, BIG, (from, to) -> {
                            for (int i = from; i < to; i++) {
                                parts[i] = i;
                            }
                        });
                        for (long p : parts) {
                            total += p;
                        }
                    }
                    return total;
                }));
            }
            for (int change = 0; change < 20; change++) {
                Parallel.setThreads(1 + change % 3);
            }
            for (Future<Long> sum : sums) {
                assertEquals(300L * (63 * 64 / 2), sum.get());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void workersOfAReplacedTeamGoAway() throws InterruptedException {
        for (int threads = 1; threads <= 4; threads++) {
            Parallel.setThreads(threads);
            Parallel.forRange(8, BIG, (from, to) -> { });
        }
        Parallel.setThreads(2);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (computeThreads() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, computeThreads(), "one worker besides the caller");
    }

    private static long computeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("dlfs-compute-") && t.isAlive()).count();
    }

    @Test
    void rejectsAThreadCountBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
    }

    @Test
    void workerPriorityReachesCurrentAndLaterWorkers() throws InterruptedException {
        try {
            Parallel.setThreads(3);
            awaitComputeThreads(2);
            Parallel.setWorkerPriority(Thread.MIN_PRIORITY);
            assertEquals(Set.of(Thread.MIN_PRIORITY), computePriorities());
            Parallel.setThreads(2);
            awaitComputeThreads(1);
            assertEquals(Set.of(Thread.MIN_PRIORITY), computePriorities(), "a new team keeps the priority");
        } finally {
            Parallel.setWorkerPriority(Thread.NORM_PRIORITY);
        }
        assertEquals(Set.of(Thread.NORM_PRIORITY), computePriorities());
        assertThrows(IllegalArgumentException.class, () -> Parallel.setWorkerPriority(Thread.MAX_PRIORITY + 1));
    }

    /** Waits (at most 5 s) until the workers of replaced teams have left. */
    private static void awaitComputeThreads(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (computeThreads() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, computeThreads());
    }

    private static Set<Integer> computePriorities() {
        Set<Integer> priorities = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("dlfs-compute-") && t.isAlive()) {
                priorities.add(t.getPriority());
            }
        }
        return priorities;
    }
}
