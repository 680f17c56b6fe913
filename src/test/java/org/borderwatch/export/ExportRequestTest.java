package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    private static final Extent AREA = new Extent(20.0, 42.2, 21.8, 43.3, false);

    @Test
    void theBuilderTakesTheAppsFilterWithNoRestrictionAsAll() {
        EventFilter filter = new EventFilter(
                Set.of(EventKind.INCIDENT),
                null,
                null,
                Set.of(Confidence.CONFIRMED),
                "banjska",
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 10, 31));

        ExportRequest r = ExportRequest.builder(AREA, PageSize.parse("1280x720"), ExportFormat.PNG, Path.of("m.png"))
                .titles("Title", null)
                .events(filter)
                .selectedIds(List.of("a"))
                .store("data/events.geojson", null)
                .build();

        assertThat(r.kinds()).containsExactly(EventKind.INCIDENT);
        assertThat(r.categories()).isEmpty();
        assertThat(r.actors()).isEmpty();
        assertThat(r.confidences()).containsExactly(Confidence.CONFIRMED);
        assertThat(r.text()).isEqualTo("banjska");
        assertThat(r.from()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(r.crs()).isEqualTo(ExportRequest.DEFAULT_CRS);
        assertThat(r.title()).isEqualTo("Title");
        assertThat(r.selectedIds()).containsExactly("a");
        assertThat(r.filter()).isEqualTo(filter);
    }

    @Test
    void aBuilderGivenNothingShowsEverything() {
        ExportRequest r = ExportRequest.builder(AREA, PageSize.parse("a4"), ExportFormat.PDF, Path.of("m.pdf"))
                .build();

        assertThat(r.filter()).isEqualTo(EventFilter.ALL);
        assertThat(r.layers()).isEmpty();
        assertThat(r.annotations()).isEmpty();
        assertThat(r.store()).isNull();
        assertThat(r.overwrite()).isFalse();
    }
}
