package org.borderwatch.render.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.borderwatch.analysis.EventFixtures;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class EventLegendTest {
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    @Test
    void rowsGroupTheSymbolsByKindThenListSeverityAndTheActorsDeploying() {
        List<Event> events = List.of(
                event("a", EventKind.DIPLOMATIC, "demand", "United States"),
                event("b", EventKind.DEPLOYMENT, "armour", "Serbian Armed Forces"),
                event("c", EventKind.INCIDENT, "attack", "Kosovo Police"),
                event("d", EventKind.DEPLOYMENT, "peacekeeping", "KFOR"));

        List<EventLegend.Row> rows = EventLegend.rows(events);

        assertThat(rows)
                .extracting(EventLegend.Row::text)
                .startsWith(
                        "Incidents",
                        "Attack",
                        "Deployments",
                        "Armour",
                        "Peacekeeping",
                        "Diplomatic events",
                        "Demand",
                        "Incident severity");
        assertThat(rows)
                .extracting(EventLegend.Row::text)
                .endsWith("Deployed by", "KFOR / NATO", "Serbian Armed Forces");
        assertThat(rows)
                .filteredOn(EventLegend.Row::subheading)
                .extracting(EventLegend.Row::text)
                .containsExactly("Incidents", "Deployments", "Diplomatic events", "Incident severity", "Deployed by");
        assertThat(rows)
                .filteredOn(r -> r.swatch() != null)
                .hasSize(SymbolLegend.severitySwatches().size() + 2);
    }

    @Test
    void rowsOfOneKindLeaveOutTheOtherKindsAndTheirColours() {
        List<EventLegend.Row> rows = EventLegend.rows(List.of(event("a", EventKind.DIPLOMATIC, "statement", "EU")));

        assertThat(rows).extracting(EventLegend.Row::text).containsExactly("Diplomatic events", "Statement");
        assertThat(EventLegend.rows(List.of())).isEmpty();
    }

    @Test
    void heightIsOneRowPerLineAtThePixelScale() {
        List<Event> events = List.of(event("a", EventKind.DIPLOMATIC, "statement", "EU"));

        assertThat(new EventLegend(events, HEADING, BODY, 1).height()).isEqualTo(2 * EventLegend.ROW);
        assertThat(new EventLegend(events, HEADING, BODY, 2).height()).isEqualTo(4 * EventLegend.ROW);
        assertThat(new EventLegend(List.of(), HEADING, BODY, 1).height()).isZero();
    }

    @Test
    void textLongerThanTheWidthGivenIsShortenedAndNothingIsPaintedBeyondIt() {
        Event longActor = event("a", EventKind.DEPLOYMENT, "infantry", "A volunteer unit with a very long name indeed");
        EventLegend legend = new EventLegend(List.of(longActor), HEADING, BODY, 1);
        BufferedImage image = new BufferedImage(400, (int) legend.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        double full = legend.width(g.getFontRenderContext());
        double limit = 150;
        legend.paint(g, 0, 0, limit);
        g.dispose();

        assertThat(full).isGreaterThan(250);
        assertThat(rightmostInkedColumn(image)).isBetween((int) limit - 40, (int) limit);
    }

    private static int rightmostInkedColumn(BufferedImage image) {
        for (int x = image.getWidth() - 1; x >= 0; x--)
            for (int y = 0; y < image.getHeight(); y++) if ((image.getRGB(x, y) >>> 24) != 0) return x;
        return -1;
    }

    private static Event event(String id, EventKind kind, String category, String actor) {
        return EventFixtures.event(
                id,
                kind,
                category,
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.8, 42.9)),
                new Precision(Precision.Level.SETTLEMENT, 0),
                Casualties.NONE_REPORTED,
                List.of(actor),
                Confidence.REPORTED);
    }
}
