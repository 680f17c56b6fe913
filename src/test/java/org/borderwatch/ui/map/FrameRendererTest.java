package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultEngineeringCRS;
import org.junit.jupiter.api.Test;

class FrameRendererTest {
    private static final MapModel EMPTY = new MapModel(List.of(), DefaultEngineeringCRS.CARTESIAN_2D, "");

    @Test
    void requestsWhileAFrameIsInFlightCoalesceIntoTheLatest() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<Integer> painted = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<RenderedFrame> delivered = new LinkedBlockingQueue<>();
        FramePainter painter = (g, frame) -> {
            painted.add(frame.viewport().widthPx());
            if (frame.viewport().widthPx() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
        };
        try (FrameRenderer renderer = new FrameRenderer(painter, delivered::add)) {
            renderer.request(frame(1));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            renderer.request(frame(2));
            renderer.request(frame(3));
            renderer.request(frame(4));
            releaseFirst.countDown();

            assertThat(delivered.poll(10, TimeUnit.SECONDS).viewport().widthPx())
                    .isEqualTo(1);
            assertThat(delivered.poll(10, TimeUnit.SECONDS).viewport().widthPx())
                    .isEqualTo(4);
            assertThat(delivered.poll(200, TimeUnit.MILLISECONDS))
                    .as("stale requests 2 and 3 are never painted")
                    .isNull();
            assertThat(painted).containsExactly(1, 4);
        }
    }

    @Test
    void framesArePaintedIntoPremultipliedImagesOfTheViewportsDeviceSize() throws Exception {
        LinkedBlockingQueue<RenderedFrame> delivered = new LinkedBlockingQueue<>();
        try (FrameRenderer renderer = new FrameRenderer(
                (g, frame) -> {
                    g.setColor(java.awt.Color.RED);
                    g.fillRect(0, 0, 1, 1);
                },
                delivered::add)) {
            renderer.request(Frame.of(
                    EMPTY,
                    new Viewport(new ReferencedEnvelope(0, 10, 0, 5, DefaultEngineeringCRS.CARTESIAN_2D), 40, 20, 2)));
            RenderedFrame done = delivered.poll(10, TimeUnit.SECONDS);

            assertThat(done.image().getType()).isEqualTo(java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            assertThat(done.image().getWidth()).isEqualTo(40);
            assertThat(done.image().getHeight()).isEqualTo(20);
            assertThat(done.image().getRGB(0, 0)).isEqualTo(0xFFFF0000);
        }
    }

    @Test
    void aPainterFailureKeepsTheRenderThreadAliveAndShowsNoBrokenFrame() throws Exception {
        LinkedBlockingQueue<RenderedFrame> delivered = new LinkedBlockingQueue<>();
        try (FrameRenderer renderer = new FrameRenderer(
                (g, frame) -> {
                    if (frame.viewport().widthPx() == 1) throw new IllegalStateException("broken layer");
                },
                delivered::add)) {
            renderer.request(frame(1));
            renderer.request(frame(2));

            assertThat(delivered.poll(10, TimeUnit.SECONDS).viewport().widthPx())
                    .isEqualTo(2);
            assertThat(delivered).isEmpty();
        }
    }

    private static Frame frame(int widthPx) {
        return Frame.of(
                EMPTY,
                new Viewport(
                        new ReferencedEnvelope(0, widthPx, 0, 1, DefaultEngineeringCRS.CARTESIAN_2D), widthPx, 1, 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
