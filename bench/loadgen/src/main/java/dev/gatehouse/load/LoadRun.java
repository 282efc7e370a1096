package dev.gatehouse.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one run: sets every connection up, then starts them together, samples the server
 * process at the start and end of the measured window, and merges the connections' stats.
 *
 * <p>A request is measured when it starts (closed loop) or was scheduled (open loop) inside
 * the window [start + warmup, start + warmup + duration); requests still in flight at the
 * end are awaited and counted, so in the closed loop every started request is accounted for.
 */
final class LoadRun {

    private static final long CONNECT_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long SETUP_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /**
     * {@code -Dloadgen.slowMs=N}: every measured response slower than N ms is printed to stderr as
     * {@code SLOW <epoch ms when it was due> <latency ms>}, to line stalls up with the server's logs
     * (GC, checkpoints, lock waits); off by default.
     */
    private static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("loadgen.slowMs", 0));

    private final LoadOptions options;
    private final HttpTarget target;
    private final Scenario scenario;
    private final ProcStats server;
    private final ProcStats self;
    private final ProcStats database;
    private final PrintStream log;

    /**
     * @param server the server process to sample, or null
     * @param log    progress messages (not the report)
     */
    LoadRun(LoadOptions options, HttpTarget target, Scenario scenario, ProcStats server, PrintStream log) {
        this.options = options;
        this.target = target;
        this.scenario = scenario;
        this.server = server;
        this.self = ProcStats.of(ProcessHandle.current().pid());
        this.database = options.dbPid() > 0 ? ProcStats.of(options.dbPid()) : null;
        this.log = log;
    }

    RunResult run() throws InterruptedException, IOException {
        int n = options.connections();
        List<HttpConnection> connections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            connections.add(new HttpConnection(target.address()));
        }
        Watchdog watchdog = new Watchdog(connections, options.timeout());
        try {
            return run(connections);
        } finally {
            watchdog.close();
        }
    }

    private RunResult run(List<HttpConnection> connections) throws InterruptedException, IOException {
        int n = connections.size();
        CountDownLatch setUp = new CountDownLatch(n);
        CompletableFuture<Schedule> go = new CompletableFuture<>();
        Worker[] workers = new Worker[n];
        Thread[] threads = new Thread[n];
        long setupStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            workers[i] = new Worker(new ConnState(i), connections.get(i), setUp, go);
            threads[i] = new Thread(workers[i], "load-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        awaitSetup(setUp, n);
        long setupNanos = System.nanoTime() - setupStart;
        for (Worker w : workers) {
            if (w.setupFailure != null) {
                go.complete(null);
                joinAll(threads);
                throw new IOException("setup of connection " + w.state.index() + " failed: "
                        + w.setupFailure.getMessage(), w.setupFailure);
            }
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        long interval = options.openLoop() ? Math.round(n * 1e9 / options.rate()) : 0;
        go.complete(new Schedule(start, measureFrom, end, interval, n));

        sleepUntil(measureFrom);
        ProcStats.Sample serverBefore = sample(server);
        ProcStats.Sample selfBefore = sample(self);
        long databaseBefore = database == null ? -1 : database.treeCpuNanos();
        sleepUntil(end);
        ProcStats.Sample serverAfter = sample(server);
        ProcStats.Sample selfAfter = sample(self);
        long databaseNanos = database == null ? -1 : database.treeCpuNanos() - databaseBefore;
        joinAll(threads);

        Stats total = new Stats();
        for (Worker w : workers) {
            if (w.finished) {
                total.add(w.stats);
            }
        }
        return new RunResult(options, total, options.duration().toNanos(), setupNanos,
                serverBefore, serverAfter, selfBefore, selfAfter, databaseNanos);
    }

    private void awaitSetup(CountDownLatch setUp, int n) throws InterruptedException {
        long begun = System.nanoTime();
        while (!setUp.await(5, TimeUnit.SECONDS)) {
            log.printf("setup: %d of %d connections ready after %.0f s%n",
                    n - setUp.getCount(), n, (System.nanoTime() - begun) / 1e9);
        }
    }

    private void joinAll(Thread[] threads) throws InterruptedException {
        // a request in flight at the end finishes within the read timeout
        long deadline = System.nanoTime() + options.timeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
            if (t.isAlive()) {
                log.println("warning: " + t.getName() + " did not finish; its counts are left out");
            }
        }
    }

    private static ProcStats.Sample sample(ProcStats proc) throws IOException {
        return proc == null ? null : proc.sample();
    }

    private static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    /** Shared, immutable timing of the run, published to the workers once setup is done. */
    private record Schedule(long start, long measureFrom, long end, long intervalNanos, int connections) {
    }

    private final class Worker implements Runnable {

        private final ConnState state;
        private final HttpConnection conn;
        private final CountDownLatch setUp;
        private final CompletableFuture<Schedule> go;
        private final Stats stats = new Stats();
        private volatile Throwable setupFailure;
        private volatile boolean finished;

        Worker(ConnState state, HttpConnection conn, CountDownLatch setUp, CompletableFuture<Schedule> go) {
            this.state = state;
            this.conn = conn;
            this.setUp = setUp;
            this.go = go;
        }

        @Override
        public void run() {
            try {
                scenario.setup(conn, state);
                state.markReady();
            } catch (IOException | RuntimeException e) {
                setupFailure = e;
            } finally {
                setUp.countDown();
            }
            try {
                Schedule schedule = go.get();
                if (schedule == null || setupFailure != null) {
                    return;
                }
                if (schedule.intervalNanos() > 0) {
                    openLoop(schedule);
                } else {
                    closedLoop(schedule);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                stats.connects(conn.connects());
                conn.close();
                finished = true;
            }
        }

        private void closedLoop(Schedule s) {
            sleepUntil(s.start());
            while (true) {
                long begin = System.nanoTime();
                if (begin - s.end() >= 0) {
                    return;
                }
                exchange(begin, begin - s.measureFrom() >= 0);
            }
        }

        /**
         * Connection i sends at start + (i + k * N) / rate for k = 0, 1, ...: the rate is spread
         * evenly over the connections. Latency is taken from the scheduled time whenever the
         * request could not go out on time because this connection was still waiting for the
         * server (the correction for coordinated omission); when the connection was idle, the
         * few microseconds this thread woke late are its own and latency runs from the send.
         */
        private void openLoop(Schedule s) {
            long interval = s.intervalNanos();
            long intended = s.start() + interval * state.index() / s.connections();
            long previousDone = s.start();
            while (intended - s.end() < 0) {
                long now = System.nanoTime();
                if (now - s.end() >= 0) {
                    // behind schedule at the end: the rest of the window's slots never went out
                    long from = Math.max(intended, s.measureFrom());
                    if (s.end() - from > 0) {
                        stats.unsent((s.end() - from + interval - 1) / interval);
                    }
                    return;
                }
                if (previousDone - intended <= 0) {
                    sleepUntil(intended);
                }
                long measuredFrom = previousDone - intended > 0 ? intended : System.nanoTime();
                exchange(measuredFrom, intended - s.measureFrom() >= 0);
                previousDone = System.nanoTime();
                intended += interval;
            }
        }

        private void exchange(long from, boolean measured) {
            if (!state.ready()) {
                try {
                    scenario.setup(conn, state);
                    state.markReady();
                    stats.resetup();
                } catch (IOException | RuntimeException e) {
                    if (measured) {
                        stats.setupFailure();
                    }
                    LockSupport.parkNanos(SETUP_BACKOFF_NANOS);
                    return;
                }
            }
            Request request = scenario.next(state);
            if (!conn.isOpen()) {
                try {
                    conn.open();
                } catch (IOException e) {
                    if (measured) {
                        if (e instanceof SocketTimeoutException) {
                            stats.timeout();
                        } else {
                            stats.connectError();
                        }
                    }
                    scenario.onIoError(state);
                    LockSupport.parkNanos(CONNECT_BACKOFF_NANOS);
                    return;
                }
            }
            try {
                Response response = conn.send(request);
                for (Request follow = scenario.followUp(state, response); follow != null; follow = scenario.followUp(state, response)) {
                    response = conn.send(follow);
                }
                long done = System.nanoTime();
                Outcome outcome = scenario.onResponse(state, response);
                if (measured) {
                    stats.response(outcome, response.status(), done - from);
                    if (SLOW_NANOS > 0 && done - from > SLOW_NANOS) {
                        System.err.printf("SLOW %d %.1f%n", System.currentTimeMillis() - (System.nanoTime() - from) / 1_000_000,
                                (done - from) / 1e6);
                    }
                }
            } catch (IOException e) {
                if (measured) {
                    if (e instanceof SocketTimeoutException) {
                        stats.timeout();
                    } else {
                        stats.exchangeError();
                    }
                }
                scenario.onIoError(state);
            }
        }
    }
}
