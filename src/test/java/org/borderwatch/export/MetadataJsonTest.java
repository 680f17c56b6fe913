package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    static final ExportRequest REQUEST = new ExportRequest(
            new Extent(20.0, 42.2, 21.8, 43.3, false),
            "EPSG:32634",
            PageSize.parse("3840x2160"),
            ExportFormat.PNG,
            "Banjska attack",
            null,
            LocalDate.of(2023, 9, 1),
            LocalDate.of(2023, 10, 31),
            Set.of(EventKind.INCIDENT, EventKind.DEPLOYMENT),
            Set.of("armed clash"),
            Set.of("Kosovo Police", "KFOR"),
            Set.of(Confidence.CONFIRMED, Confidence.DISPUTED),
            "Banjska monastery",
            List.of("countries", "admin1"),
            List.of("ev-banjska", "ev-jarinje"),
            List.of(new Annotation.Distance("d1", new LonLat(20.87, 42.89), new LonLat(21.17, 42.66), "road")),
            "data/events.geojson",
            "ab".repeat(32),
            Path.of("map.png"),
            false);

    @Test
    void everyParameterRoundTripsAndTheNewFileSetsTheFormat() throws Exception {
        ExportFacts facts = new ExportFacts(
                "Banjska attack",
                "1 September – 31 October 2023 · 4 events shown",
                4,
                Instant.parse("2026-11-25T19:00:00Z"),
                "BorderWatch test");
        String json = MetadataJson.write(REQUEST, facts);
        ExportRequest back = MetadataJson.read(json, Path.of("map.png"), Path.of("again.pdf"), true);
        assertThat(back)
                .isEqualTo(new ExportRequest(
                        REQUEST.extent(),
                        REQUEST.crs(),
                        REQUEST.size(),
                        ExportFormat.PDF,
                        REQUEST.title(),
                        null,
                        REQUEST.from(),
                        REQUEST.to(),
                        REQUEST.kinds(),
                        REQUEST.categories(),
                        REQUEST.actors(),
                        REQUEST.confidences(),
                        REQUEST.text(),
                        REQUEST.layers(),
                        REQUEST.selectedIds(),
                        REQUEST.annotations(),
                        REQUEST.store(),
                        REQUEST.storeSha256(),
                        Path.of("again.pdf"),
                        true));
    }

    @Test
    void aDefaultSubtitleIsRecomputedNotFrozenIntoTheRedo() throws Exception {
        ExportFacts facts = new ExportFacts("Banjska attack", "computed subtitle", 0, Instant.EPOCH, "x");
        ExportRequest back =
                MetadataJson.read(MetadataJson.write(REQUEST, facts), Path.of("a.png"), Path.of("b.png"), false);
        assertThat(back.subtitle()).isNull();
        assertThat(back.title()).isEqualTo("Banjska attack");
    }

    @Test
    void aChoiceByTheGroundSafetyZoneAndTheComparedDaysRoundTrip() throws Exception {
        ExportRequest r = ExportRequest.builder(REQUEST.extent(), REQUEST.size(), ExportFormat.PNG, Path.of("two.png"))
                .events(org.borderwatch.events.EventFilter.ALL)
                .regime("data/crossings.geojson", true)
                .inGsz(java.util.EnumSet.of(
                        org.borderwatch.analysis.GroundSafetyZone.Membership.IN,
                        org.borderwatch.analysis.GroundSafetyZone.Membership.POSSIBLY))
                .compare(List.of(java.time.LocalDate.of(2023, 9, 1), java.time.LocalDate.of(2023, 10, 1)))
                .build();
        ExportFacts facts = new ExportFacts("t", "s", 3, Instant.EPOCH, "x");

        ExportRequest back =
                MetadataJson.read(MetadataJson.write(r, facts), Path.of("two.png"), Path.of("again.svg"), false);

        assertThat(back.inGsz()).isEqualTo(r.inGsz());
        assertThat(back.compare()).isEqualTo(r.compare());
        assertThat(back.gsz()).isTrue();
        assertThat(back.crossings()).isEqualTo("data/crossings.geojson");
    }

    @Test
    void jsonFromAnotherProgramIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> MetadataJson.read("{\"hello\":1}", Path.of("other.png"), Path.of("b.png"), false))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("other.png: metadata BorderWatchExport");
    }
}
