package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map on screen and an export of the same time draw the same markers and crossing statuses: both hand the
 * events of the other filters to a frame, and the frame's time alone chooses the events and the crossings' day.
 */
class FrameTimeAgreementTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC);
    private static final Extent NORTH_KOSOVO = new Extent(20.3, 42.75, 21.1, 43.3, false);
    private static MapModel model;
    private static List<Event> store;
    private static Regime regime;

    @BeforeAll
    static void load() throws Exception {
        model = RegionMap.load(Path.of("maps"));
        store = GeoJsonEventStore.open(Path.of("data/events.geojson")).all();
        regime = new Regime(
                new CrossingsReader().read(Path.of("data/crossings.geojson")).crossings(),
                true,
                GroundSafetyZone.of(model),
                true);
    }

    private static ExportRequest request(LocalDate from, LocalDate to, List<LocalDate> compare) {
        return ExportRequest.builder(NORTH_KOSOVO, PageSize.parse("1200x900"), ExportFormat.PNG, Path.of("x.png"))
                .events(EventFilter.ALL.withDates(from, to))
                .regime("data/crossings.geojson", true)
                .compare(compare)
                .build();
    }

    /** The frame the map view builds: the events of every filter but the dates, and the filter's dates as its time. */
    private static Frame screen(Viewport v, MapModel m, LocalDate from, LocalDate to) {
        return new Frame(m, v, store, Set.of(), FrameOptions.FEATURES_ONLY, List.of(), new MapTime(from, to), regime);
    }

    private static int[] pixels(Frame f) {
        BufferedImage image =
                new BufferedImage(f.viewport().widthPx(), f.viewport().heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        new MapPainter().paint(g, f);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void anExportOfTheTimelinesWindowDrawsWhatTheScreenDrawsForIt() throws Exception {
        LocalDate from = LocalDate.of(2022, 12, 1), to = LocalDate.of(2022, 12, 15);
        PageBuilder.Page page = PageBuilder.build(
                request(from, to, List.of()), model, store, regime, new MapPainter(), CLOCK.instant(), "t");
        Frame exported = page.frame().withOptions(FrameOptions.FEATURES_ONLY);

        assertThat(exported.time()).isEqualTo(new MapTime(from, to));
        Frame onScreen = screen(exported.viewport(), exported.model(), from, to);
        assertThat(pixels(exported)).isEqualTo(pixels(onScreen));
        // and the time matters: the day Jarinje reopened draws another picture
        assertThat(pixels(exported.withTime(new MapTime(from, LocalDate.of(2022, 12, 30)))))
                .isNotEqualTo(pixels(onScreen));
    }

    @Test
    void eachComparedPanelDrawsWhatTheScreenDrawsForItsDay() throws Exception {
        LocalDate first = LocalDate.of(2023, 9, 1), second = LocalDate.of(2023, 10, 1);
        ComparePage page = ComparePage.build(
                request(null, null, List.of(first, second)),
                model,
                store,
                regime,
                new MapPainter(),
                CLOCK.instant(),
                "t",
                null);
        List<LocalDate> days = List.of(first, second);
        for (int i = 0; i < 2; i++) {
            Frame exported = page.frames().get(i).withOptions(FrameOptions.FEATURES_ONLY);
            assertThat(exported.time()).isEqualTo(new MapTime(null, days.get(i)));
            assertThat(pixels(exported))
                    .isEqualTo(pixels(screen(exported.viewport(), exported.model(), null, days.get(i))));
        }
    }

    @Test
    void anExportChosenByTheZoneShowsOnlyThoseEventsAndItsInfoSaysSo() throws Exception {
        ExportRequest r = ExportRequest.builder(
                        NORTH_KOSOVO, PageSize.parse("1200x900"), ExportFormat.PNG, Path.of("x.png"))
                .events(EventFilter.ALL)
                .regime("data/crossings.geojson", true)
                .inGsz(Set.of(GroundSafetyZone.Membership.IN))
                .build();
        PageBuilder.Page page = PageBuilder.build(r, model, store, regime, new MapPainter(), CLOCK.instant(), "t");

        assertThat(page.frame().events())
                .isNotEmpty()
                .hasSizeLessThan(store.size())
                .allMatch(e -> regime.gsz().membership(e) == GroundSafetyZone.Membership.IN);
        assertThat(PageTexts.info(r, "UTM 34N", 0)).contains("Ground Safety Zone: in the GSZ");
    }
}
