package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class ClustersTest {

    private static Viewport view(
            double minLon, double minLat, double widthDeg, int widthPx, int heightPx, double scale) {
        double heightDeg = widthDeg * heightPx / widthPx;
        return new Viewport(
                new ReferencedEnvelope(
                        minLon, minLon + widthDeg, minLat, minLat + heightDeg, DefaultGeographicCRS.WGS84),
                widthPx,
                heightPx,
                scale);
    }

    @Test
    void clusterSizesSumToTheEventsInViewAndEachEventIsInExactlyOne() throws Exception {
        EventIndex index =
                EventIndex.build(EventFixtures.uniform(20_000, 3, 20, 42, 22, 44), DefaultGeographicCRS.WGS84);
        Clusters clusters = Clusters.of(index, view(20, 42, 2, 800, 800, 1), Clusters.DEFAULT_RADIUS_PX);

        assertThat(clusters.all().stream().mapToInt(Clusters.Cluster::size).sum())
                .isEqualTo(20_000);
        assertThat(clusters.eventCount()).isEqualTo(20_000);
        Set<String> seen = new HashSet<>();
        for (Clusters.Cluster c : clusters.all())
            for (Event e : c.members()) assertThat(seen.add(e.id())).isTrue();
        assertThat(clusters.all().size()).isLessThan(20_000);
    }

    @Test
    void clustersSplitWhenZoomingIn() throws Exception {
        EventIndex index = EventIndex.build(
                EventFixtures.uniform(300, 5, 20.975, 42.975, 21.025, 43.025), DefaultGeographicCRS.WGS84);
        int previous = 0;
        for (double width : new double[] {4, 0.5, 0.15, 0.06}) {
            Viewport vp = view(21 - width / 2, 43 - width / 2, width, 800, 800, 1);
            Clusters clusters = Clusters.of(index, vp, Clusters.DEFAULT_RADIUS_PX);
            assertThat(clusters.eventCount()).isEqualTo(300);
            int count = clusters.all().size();
            assertThat(count).as("clusters at %s degrees wide", width).isGreaterThan(previous);
            previous = count;
        }
    }

    @Test
    void clusterSizesSumToEventsCountedInItsWidenedArea() throws Exception {
        EventIndex index =
                EventIndex.build(EventFixtures.uniform(10_000, 11, 20, 42, 22, 44), DefaultGeographicCRS.WGS84);
        Viewport vp = view(20.5, 42.5, 0.5, 500, 500, 1);
        Clusters clusters = Clusters.of(index, vp, 20);

        int[] inView = {0};
        index.visit(vp.area(), p -> inView[0]++);
        assertThat(clusters.all().stream().mapToInt(Clusters.Cluster::size).sum())
                .isEqualTo(clusters.eventCount());
        assertThat(clusters.eventCount()).isGreaterThanOrEqualTo(inView[0]);
    }

    @Test
    void theSameEventsInAnyOrderGiveTheSameClusters() throws Exception {
        List<Event> events = EventFixtures.uniform(5_000, 9, 20, 42, 21, 43);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new java.util.Random(1));
        Viewport vp = view(20, 42, 1, 600, 600, 1);

        List<Set<String>> a = memberIds(Clusters.of(EventIndex.build(events, DefaultGeographicCRS.WGS84), vp, 22));
        List<Set<String>> b = memberIds(Clusters.of(EventIndex.build(shuffled, DefaultGeographicCRS.WGS84), vp, 22));

        assertThat(new HashSet<>(a)).isEqualTo(new HashSet<>(b));
    }

    @Test
    void aHiDpiViewportClustersLikeTheScreen() throws Exception {
        EventIndex index =
                EventIndex.build(EventFixtures.uniform(5_000, 13, 20, 42, 21, 43), DefaultGeographicCRS.WGS84);

        List<Set<String>> screen = memberIds(Clusters.of(index, view(20, 42, 1, 600, 600, 1), 22));
        List<Set<String>> print = memberIds(Clusters.of(index, view(20, 42, 1, 1800, 1800, 3), 22));

        assertThat(print).isEqualTo(screen);
    }

    @Test
    void eventsAtOneSpotStayTogetherAndSaySo() throws Exception {
        List<Event> events = List.of(
                EventFixtures.point("a", 20.5, 42.5),
                EventFixtures.point("b", 20.5, 42.5),
                EventFixtures.point("c", 20.7, 42.7));
        EventIndex index = EventIndex.build(events, DefaultGeographicCRS.WGS84);
        Clusters clusters = Clusters.of(index, view(20.4995, 42.4995, 0.001, 500, 500, 1), 22);

        assertThat(clusters.all()).hasSize(1);
        Clusters.Cluster pair = clusters.all().get(0);
        assertThat(pair.sharesOneSpot()).isTrue();
        assertThat(pair.members()).extracting(Event::id).containsExactly("a", "b");
    }

    @Test
    void atReturnsTheClusterUnderThePixelAndNothingBeyondTolerance() throws Exception {
        EventIndex index = EventIndex.build(List.of(EventFixtures.point("a", 20.5, 42.5)), DefaultGeographicCRS.WGS84);
        Viewport vp = view(20, 42, 1, 1000, 1000, 1);
        Clusters clusters = Clusters.of(index, vp, 22);

        assertThat(clusters.at(500, 500, 3))
                .get()
                .extracting(c -> c.single().id())
                .isEqualTo("a");
        assertThat(clusters.at(504, 500, 3)).isEmpty();
    }

    private static List<Set<String>> memberIds(Clusters clusters) {
        List<Set<String>> out = new ArrayList<>();
        for (Clusters.Cluster c : clusters.all()) {
            Set<String> ids = new HashSet<>();
            for (Event e : c.members()) ids.add(e.id());
            out.add(ids);
        }
        return out;
    }
}
