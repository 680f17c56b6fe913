package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.Regime;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTSFactoryFinder;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Whole exports of the shipped maps/ and data/events.geojson, opened again with real readers. */
class ExporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T19:00:00Z"), ZoneOffset.UTC);
    private static final String TITLE = "The Banjska attack, September 2023";
    private static final Extent NORTH_KOSOVO = new Extent(20.2, 42.6, 21.4, 43.3, false);
    private static MapModel model;
    private static List<Event> events;

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter(new MapPainter(), "test", CLOCK);

    @BeforeAll
    static void load() throws Exception {
        model = RegionMap.load(Path.of("maps"));
        events = GeoJsonEventStore.open(Path.of("data/events.geojson")).all();
    }

    private ExportRequest request(String size, Path out) {
        return new ExportRequest(
                NORTH_KOSOVO,
                null,
                PageSize.parse(size),
                ExportFormat.ofFile(out),
                TITLE,
                null,
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 10, 31),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                "",
                List.of(),
                List.of("2023-09-24-banjska-monastery-siege"),
                List.of(new Annotation.Distance("d1", new LonLat(20.87, 42.89), new LonLat(21.17, 42.66), "")),
                "data/events.geojson",
                "00".repeat(32),
                out,
                false);
    }

    /** Every text the legend shows for this request: the layers' entries and the symbols of the events shown. */
    private static List<String> legendEntries(ExportRequest r) {
        PageBuilder.Page page =
                PageBuilder.build(r, model, events, Regime.NONE, new MapPainter(), CLOCK.instant(), "test");
        List<String> entries = new LegendPanel(
                        page.frame(),
                        page.layout().title().font(),
                        page.layout().info().font(),
                        1)
                .entries();
        assertThat(entries).contains("Kosovo", "Serbia", "Armed clash", "Armour");
        return entries;
    }

    @Test
    void pngHasTheRequestedSizeAndCarriesTitleAndParameters() throws Exception {
        Path out = dir.resolve("map.png");
        ExportResult result = exporter.export(request("1280x720", out), model, events);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(result.eventsShown()).isBetween(15, 30);
        assertThat(Exporter.readRequest(out, dir.resolve("again.png"), false).title())
                .isEqualTo(TITLE);
    }

    @Test
    void eventsShownCountsOnlyTheEventsInsideTheDrawnMap() throws Exception {
        Path out = dir.resolve("belgrade.png");
        ExportRequest around = new ExportRequest(
                new Extent(20.3, 44.7, 20.6, 44.9, false),
                null,
                PageSize.parse("1280x720"),
                ExportFormat.PNG,
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                "",
                List.of(),
                List.of(),
                List.of(),
                "data/events.geojson",
                "00".repeat(32),
                out,
                false);
        long atBelgrade = events.stream()
                .filter(e -> Math.abs(e.geometry().getCoordinate().x - 20.46513) < 0.01
                        && Math.abs(e.geometry().getCoordinate().y - 44.80401) < 0.01)
                .count();

        ExportResult result = exporter.export(around, model, events);

        // the filter passes all 67; only Belgrade's lie inside this map
        assertThat(atBelgrade).isPositive().isLessThan(events.size());
        assertThat(result.eventsShown()).isEqualTo((int) atBelgrade);
        assertThat(PageBuilder.build(around, model, events, Regime.NONE, new MapPainter(), CLOCK.instant(), "test")
                        .facts()
                        .subtitle())
                .endsWith(atBelgrade + (atBelgrade == 1 ? " event shown" : " events shown"));
    }

    @Test
    void svgShowsTitleAndEveryLegendEntryAsRealText() throws Exception {
        Path out = dir.resolve("map.svg");
        exporter.export(request("1920x1080", out), model, events);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("1920");
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        assertThat(texts).contains(TITLE);
        assertThat(texts).containsAll(legendEntries(request("1920x1080", out)));
        // PROJ: echo "42.89 20.87 42.66 21.17" | geod +ellps=WGS84 -I +units=km -> 35.434
        assertThat(String.join(" ", texts)).contains("35.4 km").contains("Gunmen hole up in Banjska");
    }

    @Test
    void a4PdfIsA4At300DpiWithSearchableTitleLegendAndDocumentInfo() throws Exception {
        Path out = dir.resolve("map.pdf");
        exporter.export(request("a4", out), model, events);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(TITLE);
            for (String entry : legendEntries(request("a4", out)))
                assertThat(text).contains(entry);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("BorderWatchExport"))
                    .contains("\"crs\":\"EPSG:32634\"")
                    .contains("2023-09-24-banjska-monastery-siege");
        }
    }

    @Test
    void theMarkerOfAnEventSitsAtThePixelTheMapTransformGives() throws Exception {
        double lon = 20.7813;
        double lat = 42.9736;
        Event banjska = new Event(
                "t1",
                EventKind.INCIDENT,
                "attack",
                "Test attack",
                "",
                EventDate.parse("2023-09-24"),
                null,
                null,
                JTSFactoryFinder.getGeometryFactory().createPoint(new Coordinate(lon, lat)),
                new Precision(Precision.Level.EXACT, 0),
                null,
                null,
                null,
                null,
                Confidence.CONFIRMED,
                null,
                null,
                null);
        ExportRequest r = new ExportRequest(
                NORTH_KOSOVO,
                null,
                PageSize.parse("1280x720"),
                ExportFormat.PNG,
                TITLE,
                "fixed",
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                "",
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                dir.resolve("m.png"),
                false);
        PageBuilder.Page with =
                PageBuilder.build(r, model, List.of(banjska), Regime.NONE, new MapPainter(), CLOCK.instant(), "t");
        PageBuilder.Page without =
                PageBuilder.build(r, model, List.of(), Regime.NONE, new MapPainter(), CLOCK.instant(), "t");
        BufferedImage a = PngOutput.render(with.painter(), r.size());
        BufferedImage b = PngOutput.render(without.painter(), r.size());

        Rectangle map = with.layout().map().getBounds();
        Rectangle changed = null;
        for (int y = map.y; y < map.y + map.height; y++)
            for (int x = map.x; x < map.x + map.width; x++)
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    if (changed == null) changed = new Rectangle(x, y, 1, 1);
                    else changed.add(new Rectangle(x, y, 1, 1));
                }
        assertThat(changed).as("pixels the marker changed").isNotNull();

        MathTransform toMap = CRS.findMathTransform(
                DefaultGeographicCRS.WGS84, with.frame().model().displayCrs(), true);
        double[] xy = {lon, lat};
        toMap.transform(xy, 0, xy, 0, 1);
        Point2D expected = with.frame().viewport().worldToScreen().transform(new Point2D.Double(xy[0], xy[1]), null);
        assertThat(changed.getCenterX()).isCloseTo(map.x + expected.getX(), within(2.0));
        assertThat(changed.getCenterY()).isCloseTo(map.y + expected.getY(), within(2.0));
    }

    @Test
    void aRedoFromMetadataRepaintsTheSamePixels() throws Exception {
        Path first = dir.resolve("first.png");
        exporter.export(request("1280x720", first), model, events);
        Path second = dir.resolve("second.png");
        ExportRequest redo = Exporter.readRequest(first, second, false);
        assertThat(redo).isEqualTo(request("1280x720", second));
        exporter.export(redo, model, events);
        BufferedImage a = ImageIO.read(first.toFile());
        BufferedImage b = ImageIO.read(second.toFile());
        for (int y = 0; y < a.getHeight(); y += 3)
            for (int x = 0; x < a.getWidth(); x += 3)
                assertThat(b.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(a.getRGB(x, y));
    }

    @Test
    void refusesToOverwriteWithoutBeingAskedAndLeavesTheFileAlone() throws Exception {
        Path out = dir.resolve("map.svg");
        Files.writeString(out, "mine");
        assertThatThrownBy(() -> exporter.export(request("1280x720", out), model, events))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("mine");
    }

    @Test
    void aTimeSequenceWritesNumberedFramesWithTheirOwnDatesAndALoopingGif() throws Exception {
        ExportRequest r = request("800x600", dir.resolve("x.png"));
        SequenceResult s = exporter.exportSequence(
                r.withDates(LocalDate.of(2023, 9, 17), null),
                new FrameSequence(3, java.time.Period.ofDays(7), FrameSequence.Window.SLIDING),
                model,
                events,
                dir,
                200,
                false);
        assertThat(s.frames())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("frame-001.png", "frame-002.png", "frame-003.png");
        ExportRequest second = Exporter.readRequest(s.frames().get(1), dir.resolve("y.png"), false);
        assertThat(second.from()).isEqualTo(LocalDate.of(2023, 9, 24));
        assertThat(second.to()).isEqualTo(LocalDate.of(2023, 9, 30));
        try (var in = ImageIO.createImageInputStream(s.gif().toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(reader.read(0).getWidth()).isEqualTo(800);
        }
    }
}
