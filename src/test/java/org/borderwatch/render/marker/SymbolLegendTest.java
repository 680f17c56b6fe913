package org.borderwatch.render.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.borderwatch.analysis.EventFixtures;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class SymbolLegendTest {

    private static final int CELL = 40;

    private static int[] pixels(SymbolLegend.Entry entry) {
        BufferedImage img = new BufferedImage(CELL, CELL, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        SymbolLegend.paint(g, entry, CELL / 2.0, CELL / 2.0, 1);
        g.dispose();
        return img.getRGB(0, 0, CELL, CELL, null, 0, CELL);
    }

    private static int differingPixels(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    @Test
    void everySymbolLooksDifferentFromEveryOtherSymbol() {
        List<SymbolLegend.Entry> all = SymbolLegend.allEntries();
        assertThat(all).hasSize(22);
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++)
                // at least 15 of 1600 pixels: a glyph's worth, not antialiasing noise
                assertThat(differingPixels(pixels(all.get(i)), pixels(all.get(j))))
                        .as("%s vs %s", all.get(i).label(), all.get(j).label())
                        .isGreaterThan(15);
    }

    @Test
    void entriesListOnlyTheSymbolsTheEventsUseInLegendOrder() {
        List<Event> events = List.of(
                event("a", EventKind.INCIDENT, "protest"),
                event("b", EventKind.INCIDENT, "armed_clash"),
                event("c", EventKind.DEPLOYMENT, "armour"),
                event("d", EventKind.INCIDENT, "protest"),
                event("e", EventKind.INCIDENT, "no_such_category"));

        assertThat(SymbolLegend.entries(events))
                .extracting(SymbolLegend.Entry::label)
                .containsExactly("Armed clash", "Protest", "Other incident", "Armour");
    }

    @Test
    void actorSwatchesGroupTheRegionsForcesByColour() {
        List<Event> events = List.of(
                deployment("a", "KFOR"),
                deployment("b", "NATO KFOR (Polish contingent)"),
                deployment("c", "Serbian Armed Forces"));

        assertThat(SymbolLegend.actorSwatches(events))
                .extracting(SymbolLegend.Swatch::label)
                .containsExactly("KFOR / NATO", "Serbian Armed Forces");
    }

    /** Renders every symbol, colour and cluster at 1x and 2x to target/symbols/sheet.png, for a person to look at. */
    @Test
    void symbolSheetRendersEverySymbolAtTwoScales() throws IOException {
        List<SymbolLegend.Entry> all = SymbolLegend.allEntries();
        int w = 1100, h = 760;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xee, 0xea, 0xe0));
        g.fillRect(0, 0, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        int x = 40, y = 40;
        EventKind row = all.get(0).kind();
        for (SymbolLegend.Entry e : all) {
            if (e.kind() != row) {
                row = e.kind();
                x = 40;
                y += 150;
            }
            SymbolLegend.paint(g, e, x, y, 1);
            SymbolLegend.paint(g, e, x + 12, y + 65, 3);
            g.setColor(Color.DARK_GRAY);
            g.drawString(e.label(), x - 30, y + 120);
            x += 100;
        }
        y += 150;
        x = 40;
        for (SymbolLegend.Swatch s : SymbolLegend.severitySwatches()) {
            IncidentSymbol.paint(g, "shooting", s.colour(), SymbolPalette.outline(Confidence.CONFIRMED, 1), x, y, 1);
            x += 40;
        }
        for (Confidence c : Confidence.values()) {
            IncidentSymbol.paint(
                    g, "attack", SymbolPalette.Severity.KILLED.colour, SymbolPalette.outline(c, 2), x + 10, y, 2);
            x += 60;
        }
        for (String actor : List.of(
                "KFOR",
                "EULEX",
                "Kosovo Police",
                "Kosovo Security Force",
                "Serbian Armed Forces",
                "Serbian MUP",
                "Serb armed group",
                "Somebody else")) {
            UnitSymbol.paint(
                    g, "infantry", SymbolPalette.actor(actor), SymbolPalette.outline(Confidence.CONFIRMED, 1), x, y, 1);
            x += 36;
        }
        x += 20;
        EventSymbol.paintSelection(g, EventKind.INCIDENT, x, y, 1);
        IncidentSymbol.paint(
                g,
                "explosion",
                SymbolPalette.Severity.MANY_KILLED.colour,
                SymbolPalette.outline(Confidence.CONFIRMED, 1),
                x,
                y,
                1);
        y += 90;
        x = 40;
        int[][] kinds = {
            {2, 0, 0}, {9, 5, 1}, {200, 100, 12}, {3000, 1400, 100}, {80_000, 30_000, 10_000}, {1, 1_200_000, 0}
        };
        for (int[] k : kinds) {
            int n = k[0] + k[1] + k[2];
            ClusterSymbol.paint(g, n, k, x, y, 1);
            ClusterSymbol.paint(g, n, k, x + 70, y, 2);
            x += 180;
        }
        g.dispose();
        Path out = Path.of("target", "symbols", "sheet.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        assertThat(out).exists();
    }

    private static Event event(String id, EventKind kind, String category) {
        return EventFixtures.event(
                id,
                kind,
                category,
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.8, 42.9)),
                new Precision(Precision.Level.EXACT, 0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.CONFIRMED);
    }

    private static Event deployment(String id, String actor) {
        return EventFixtures.event(
                id,
                EventKind.DEPLOYMENT,
                "infantry",
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.8, 42.9)),
                new Precision(Precision.Level.SETTLEMENT, 0),
                Casualties.NONE_REPORTED,
                List.of(actor),
                Confidence.REPORTED);
    }
}
