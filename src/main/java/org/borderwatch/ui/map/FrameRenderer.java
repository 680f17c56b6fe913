package org.borderwatch.ui.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.borderwatch.render.Frame;

/**
 * Paints frames on one render thread, coalescing requests: at most one frame is in flight, a newer
 * request replaces a queued one that has not started, and only the latest request is painted after
 * the current one. Finished frames go to {@code deliver}, which the view points at the FX thread.
 */
final class FrameRenderer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FrameRenderer.class.getName());

    private final FramePainter painter;
    private final Consumer<RenderedFrame> deliver;
    private final ExecutorService thread;
    private final AtomicReference<Frame> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** @param deliver receives each finished frame on the render thread */
    FrameRenderer(FramePainter painter, Consumer<RenderedFrame> deliver) {
        this.painter = painter;
        this.deliver = deliver;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "borderwatch-render");
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for {@code frame} to be painted; returns at once. Any thread; ignored once closed. */
    void request(Frame frame) {
        if (thread.isShutdown()) return;
        pending.set(frame);
        if (scheduled.compareAndSet(false, true)) thread.execute(this::drain);
    }

    private void drain() {
        try {
            Frame next;
            while ((next = pending.getAndSet(null)) != null) {
                RenderedFrame done = paint(next);
                if (done != null) deliver.accept(done);
            }
        } finally {
            scheduled.set(false);
        }
        // a request that arrived between the last poll and clearing the flag must not be lost
        if (pending.get() != null && scheduled.compareAndSet(false, true)) thread.execute(this::drain);
    }

    /** The painted frame, or null when painting failed (logged here, once). */
    private RenderedFrame paint(Frame frame) {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        BufferedImage image = new BufferedImage(
                frame.viewport().widthPx(), frame.viewport().heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            painter.paint(g, frame);
        } catch (RuntimeException e) {
            // one failed frame must not kill the render thread; the previous picture stays on screen
            LOG.log(
                    System.Logger.Level.ERROR,
                    "painting the map at " + frame.viewport().area() + " failed",
                    e);
            return null;
        } finally {
            g.dispose();
        }
        long cpu = cpuStart < 0 ? -1 : cpuNanos() - cpuStart;
        return new RenderedFrame(frame, image, System.nanoTime() - start, cpu);
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
