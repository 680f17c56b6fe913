package org.borderwatch.render.raster;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that takes a share of a painter's work on the second core, started on demand and
 * ended after a second idle, so no painter leaks one. Whoever hands it work waits for that work
 * before going on, so what it writes is never read half-done.
 */
public final class HelperThread {

    private final ThreadPoolExecutor executor;

    private HelperThread(String name) {
        executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** A helper named {@code name}, or null on a single core, where it would only take turns. */
    public static HelperThread ifTwoCores(String name) {
        return Runtime.getRuntime().availableProcessors() > 1 ? new HelperThread(name) : null;
    }

    public Future<?> submit(Runnable work) {
        return executor.submit(work);
    }

    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /**
     * Waits for {@code work} even if this thread is interrupted meanwhile (the helper may be writing
     * into what the caller reads next), then restores the interrupt.
     *
     * @throws IllegalStateException naming {@code what}, if the work failed
     */
    public static <T> T await(Future<T> work, String what) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(what + " not drawn: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
