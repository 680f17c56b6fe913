package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.RegionMap;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class EventIndexCacheTest {
    private static final CoordinateReferenceSystem WGS84 = DefaultGeographicCRS.WGS84;

    private static List<Event> events(long seed) {
        return List.copyOf(EventFixtures.uniform(20_000, seed, 20, 42.5, 21, 43.1));
    }

    @Test
    void theSameListInTheSameCrsGetsTheSameIndex() throws Exception {
        EventIndexCache cache = new EventIndexCache();
        List<Event> events = events(1);

        EventIndex first = cache.indexOf(events, WGS84);

        assertThat(cache.indexOf(events, WGS84)).isSameAs(first);
        assertThat(cache.indexOf(List.copyOf(new ArrayList<>(events)), WGS84)).isNotSameAs(first);
        assertThat(cache.indexOf(events, RegionMap.displayCrs("EPSG:32634"))).isNotSameAs(first);
    }

    @Test
    void callersAskingTogetherShareOneBuild() throws Exception {
        EventIndexCache cache = new EventIndexCache();
        List<Event> events = events(2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<EventIndex> ask = () -> cache.indexOf(events, WGS84);
            List<Future<EventIndex>> answers = pool.invokeAll(List.of(ask, ask, ask, ask));
            EventIndex one = answers.get(0).get();
            for (Future<EventIndex> f : answers) assertThat(f.get()).isSameAs(one);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLatestUsedListsAreKeptAndTheOldestIsDropped() throws Exception {
        EventIndexCache cache = new EventIndexCache();
        List<Event> screen = events(3);
        EventIndex screenIndex = cache.indexOf(screen, WGS84);
        cache.indexOf(events(4), WGS84);
        cache.indexOf(events(5), WGS84);
        assertThat(cache.indexOf(screen, WGS84)).isSameAs(screenIndex);
        cache.indexOf(events(6), WGS84);
        cache.indexOf(events(7), WGS84);
        cache.indexOf(events(8), WGS84);

        assertThat(cache.indexOf(screen, WGS84)).isNotSameAs(screenIndex);
    }

    @Test
    void positionOfFindsAnEventById() throws Exception {
        List<Event> events = events(9);
        EventIndex index = new EventIndexCache().indexOf(events, WGS84);

        assertThat(index.positionOf(events.get(777).id())).isEqualTo(777);
        assertThat(index.positionOf("no-such-event")).isEqualTo(-1);
    }

    @Test
    void aTimeWindowKeepsTheEventsSharingADayWithItAndOneIndexForEveryCaller() throws Exception {
        EventIndexCache cache = new EventIndexCache();
        List<Event> events = new ArrayList<>(events(8));
        events.addAll(GeoJsonEventStore.open(Path.of("data/events.geojson")).all());
        events = List.copyOf(events);
        LocalDate from = LocalDate.of(2023, 9, 24), to = LocalDate.of(2023, 9, 26);

        EventIndex window = cache.indexOf(events, from, to, WGS84);

        assertThat(window.events()).isNotEmpty().allMatch(e -> e.overlaps(from, to));
        assertThat(window.events()).hasSizeLessThan(events.size());
        assertThat(window.events())
                .hasSize((int) events.stream().filter(e -> e.overlaps(from, to)).count());
        // the painter and the picker asking for the same list and window get one index of one list
        assertThat(cache.indexOf(events, from, to, WGS84)).isSameAs(window);
        assertThat(cache.indexOf(events, from, to.plusDays(1), WGS84)).isNotSameAs(window);
    }

    @Test
    void aWindowEveryEventSharesKeepsTheListItself() {
        List<Event> events = events(9);
        assertThat(EventIndexCache.during(events, null, null)).isSameAs(events);
        assertThat(EventIndexCache.during(events, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 1, 1)))
                .isSameAs(events);
        assertThat(EventIndexCache.during(events, LocalDate.of(2999, 1, 1), null))
                .isEmpty();
    }
}
