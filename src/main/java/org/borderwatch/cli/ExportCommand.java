package org.borderwatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;
import org.borderwatch.export.ExportException;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.ExportResult;
import org.borderwatch.export.Exporter;
import org.borderwatch.export.Extent;
import org.borderwatch.export.FrameSequence;
import org.borderwatch.export.PageSize;
import org.borderwatch.export.SequenceResult;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFile;
import org.borderwatch.map.AnnotationFileException;
import org.borderwatch.map.AnnotationJson;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.Regime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderwatch export}: writes the map as an annotated PNG, SVG or PDF figure, redoes an
 * earlier export from its metadata, or writes a timeline as numbered PNG frames and a GIF.
 * Exit codes: 0 done, 1 the export failed (file exists, cannot write, unreadable input), 2 bad arguments.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Export the map as an annotated PNG, SVG or PDF figure, without a display.",
            "Example: export --store data/events.geojson --bbox 20,42.2,21.8,43.3 --size 3840x2160 "
                    + "--from 2023-09-01 --to 2023-10-31 --title \"Banjska attack\" --out map.pdf"
        })
public final class ExportCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;
    /** The Serbia–Kosovo border region, as the benchmark data set covers it. */
    static final String REGION_BBOX = "18.5,41.5,23.5,44.5";

    private static final Path DEFAULT_CROSSINGS = Path.of("data", "crossings.geojson");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--store",
            paramLabel = "STORE",
            description =
                    "Event store: a GeoJSON file or postgresql://user@host:port/db; without it only the base map is drawn.")
    String store;

    @Option(
            names = "--maps",
            paramLabel = "DIR",
            defaultValue = "${sys:borderwatch.maps:-maps}",
            description = "Base map folder (default: ${DEFAULT-VALUE}; the launcher sets its own maps/).")
    Path maps;

    @Option(
            names = "--bbox",
            paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show in WGS 84 degrees (default: the whole region, " + REGION_BBOX + ").")
    String bbox;

    @Option(
            names = "--extent",
            paramLabel = "minX,minY,maxX,maxY",
            description = "Area to show in display-CRS units, instead of --bbox.")
    String extent;

    @Option(
            names = "--crs",
            paramLabel = "EPSG:N",
            description = "Display CRS (default: " + ExportRequest.DEFAULT_CRS + ", UTM 34N).")
    String crs;

    @Option(
            names = "--size",
            paramLabel = "WxH|a4|a3",
            defaultValue = "1920x1080",
            description =
                    "Pixels (1920x1080, 3840x2160, any WxH) or a 300 DPI page: a4, a3, a4-portrait, a3-portrait (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(
            names = "--layers",
            split = ",",
            paramLabel = "NAME",
            description = "Base layers to show (default: all visible).")
    List<String> layers = new ArrayList<>();

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--title", description = "Title (default: says what is shown).")
    String title;

    @Option(names = "--subtitle", description = "Subtitle (default: the date range and the number of events).")
    String subtitle;

    @Option(names = "--select", split = ",", paramLabel = "ID", description = "Events to label with callouts.")
    List<String> select = new ArrayList<>();

    @Option(
            names = "--annotations",
            paramLabel = "FILE",
            description = "Annotations file (default: the one beside the store, if it exists).")
    Path annotations;

    @Option(names = "--no-annotations", description = "Leave the annotations out.")
    boolean noAnnotations;

    @Option(
            names = "--crossings",
            paramLabel = "FILE",
            description =
                    "Crossings file drawn with each crossing's status on the last day shown (default: data/crossings.geojson if it exists).")
    Path crossings;

    @Option(names = "--no-crossings", description = "Leave the crossings out.")
    boolean noCrossings;

    @Option(
            names = "--gsz",
            description = "Draw the Ground Safety Zone (5 km on the Serbian side of the line), hatched.")
    boolean gsz;

    @Option(
            names = "--in-gsz",
            paramLabel = "WHERE",
            split = ",",
            description = "Only events in, possibly in, or out of the Ground Safety Zone (in, possibly, out).")
    List<String> inGsz = new ArrayList<>();

    @Option(
            names = "--uncertainty",
            description = "Draw every approximate event's uncertainty circle, also for events inside a cluster.")
    boolean allUncertainty;

    @Option(
            names = "--compare",
            split = ",",
            paramLabel = "DAY1,DAY2",
            description =
                    "A two-panel figure: the map on each day side by side (events up to that day, crossings and GSZ as on it).")
    List<String> compare = new ArrayList<>();

    @Option(
            names = "--names",
            paramLabel = "STYLE",
            description =
                    "Place names: sr-Latn, sr-Cyrl, sq, en or dual (Albanian first in Kosovo, Serbian first in"
                            + " Serbia); default: as the base data holds them. With --from-metadata, overrides the recorded one.")
    String names;

    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            defaultValue = "data/gazetteer.geojson",
            description = "Gazetteer the --names forms come from (default: ${DEFAULT-VALUE}).")
    Path gazetteerFile;

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            required = true,
            description = "Output .png, .svg or .pdf; with --frames, an existing folder.")
    Path out;

    @Option(
            names = "--tiles",
            paramLabel = "URL_TEMPLATE",
            description = "A web tile base map: osm, opentopomap, or a template with {z}/{x}/{y} (WMTS:"
                    + " {TileMatrix}/{TileRow}/{TileCol}); its tiles are fetched at the export's resolution.")
    String tiles;

    @Option(
            names = "--basemap",
            paramLabel = "EXTRACT|none",
            description = "OpenStreetMap extracts drawn over the shipped map: by default the ones the window draws"
                    + " (kept by 'basemap fetch'); a Geofabrik free .zip or its folder for that one; none for the"
                    + " shipped map only.")
    String basemap;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Option(
            names = "--from-metadata",
            paramLabel = "FILE",
            description = "Redo the export recorded in this PNG, SVG or PDF.")
    Path fromMetadata;

    @Option(
            names = "--frames",
            paramLabel = "N",
            description = "Write N numbered PNG frames and an animated GIF into --out.")
    Integer frames;

    @Option(
            names = "--step",
            defaultValue = "1d",
            description = "Time step per frame: 1d, 7d, 2w, 1m (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(
            names = "--window",
            defaultValue = "sliding",
            description = "sliding (each step alone) or cumulative (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(
            names = "--delay-ms",
            defaultValue = "500",
            description = "GIF time per frame in ms (default: ${DEFAULT-VALUE}).")
    int delayMs;

    @Option(
            names = "--layer",
            paramLabel = "PATH",
            description = "Draw a layer on top of the base map: a shapefile, GeoJSON or GeoPackage file (PATH.gpkg"
                    + " adds every vector table, PATH.gpkg:TABLE one). Repeatable.")
    List<String> addedLayers = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        try {
            ExportRequest request = fromMetadata != null ? redoRequest(err) : request();
            MapModel shipped = MapInputs.withExtracts(MapInputs.loadMap(maps), maps, basemap, err);
            MapModel base = MapInputs.withTiles(MapInputs.withLayers(shipped, addedLayers, err), tiles, err);
            List<Event> events =
                    request.store() == null ? List.of() : MapInputs.loadEvents(StoreOpener.parse(request.store()), err);
            // the zone is built to choose events by it (--in-gsz) even when it is not drawn
            Regime regime = MapInputs.loadRegime(
                            request.crossings(),
                            request.gsz() || !request.inGsz().isEmpty(),
                            base,
                            err)
                    .withShown(request.crossings() != null, request.gsz());
            Exporter exporter = new Exporter(new MapPainter(MapInputs.TILE_WAIT), appVersion(), Clock.systemUTC())
                    .withGazetteer(request.names() == null ? null : gazetteer(err));
            if (frames != null) {
                FrameSequence seq = new FrameSequence(frames, FrameSequence.parseStep(step), parseWindow(window));
                SequenceResult r = exporter.exportSequence(request, seq, base, events, regime, out, delayMs, force);
                r.notes().forEach(n -> err.println("note: " + n));
                outText.println("wrote " + r.frames().size() + " frames and " + r.gif());
            } else {
                ExportResult r = exporter.export(request, base, events, regime);
                r.notes().forEach(n -> err.println("note: " + n));
                outText.println("wrote " + r.file() + " (" + r.format() + ", " + r.widthPx() + "x" + r.heightPx()
                        + " px, " + r.eventsShown() + " events)");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return BAD_ARGUMENTS;
        } catch (ExportException | InputException e) {
            err.println("export: " + e.getMessage());
            return FAILED;
        }
    }

    /** The request the options describe. */
    ExportRequest request() throws InputException {
        if (bbox != null && extent != null) throw new IllegalArgumentException("give --bbox or --extent, not both");
        Extent area =
                extent != null ? Extent.parse(extent, true) : Extent.parse(bbox == null ? REGION_BBOX : bbox, false);
        PageSize page = PageSize.parse(size);
        ExportFormat format = frames != null ? ExportFormat.PNG : ExportFormat.ofFile(out);
        String storeName = null;
        String sha = null;
        if (store != null) {
            StoreLocation location = StoreOpener.parse(store);
            storeName = location.text();
            // a database changes under everyone's hands: its provenance is its location, not a checksum
            if (location instanceof StoreLocation.File f) sha = sha256(f.path());
        }
        List<LocalDate> days = new ArrayList<>();
        for (String d : compare) days.add(EventFilterOptions.parseDate(d, "--compare"));
        if (!days.isEmpty() && days.size() != 2)
            throw new IllegalArgumentException("--compare needs two days, DAY1,DAY2");
        if (!days.isEmpty() && frames != null)
            throw new IllegalArgumentException("give --compare or --frames, not both");
        Path crossingsFile = noCrossings
                ? null
                : crossings != null ? crossings : Files.isRegularFile(DEFAULT_CROSSINGS) ? DEFAULT_CROSSINGS : null;
        return ExportRequest.builder(area, page, format, out)
                .crs(crs)
                .titles(title, subtitle)
                .events(filters.filter())
                .layers(layers)
                .selectedIds(select)
                .annotations(annotationsToShow())
                .store(storeName, sha)
                .overwrite(force)
                .regime(crossingsFile == null ? null : crossingsFile.toString(), gsz)
                .compare(days)
                .inGsz(memberships(inGsz))
                .allUncertainty(allUncertainty)
                .names(names)
                .build();
    }

    /** in, possibly, out as memberships of the Ground Safety Zone. */
    private static Set<GroundSafetyZone.Membership> memberships(List<String> names) {
        Set<GroundSafetyZone.Membership> kept = EnumSet.noneOf(GroundSafetyZone.Membership.class);
        for (String name : names) {
            try {
                kept.add(GroundSafetyZone.Membership.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--in-gsz takes in, possibly, out; got " + name, e);
            }
        }
        return kept;
    }

    /** The request recorded in {@code --from-metadata}, retargeted to {@code --out}; --store overrides the recorded store. */
    private ExportRequest redoRequest(PrintWriter err) throws ExportException, InputException {
        ExportRequest recorded = Exporter.readRequest(fromMetadata, out, force);
        ExportRequest old = names == null ? recorded : recorded.withNames(names);
        String storeText = store != null ? store : old.store();
        if (storeText == null) return old;
        if (!(StoreOpener.parse(storeText) instanceof StoreLocation.File file)) return old.withStore(storeText, null);
        Path storePath = file.path();
        String sha = sha256(storePath);
        if (old.storeSha256() != null && !old.storeSha256().equals(sha))
            err.println("warning: " + storePath + " changed since " + fromMetadata + " was exported (SHA-256 "
                    + old.storeSha256().substring(0, 12) + "… then, " + sha.substring(0, 12) + "… now)");
        return old.withStore(storePath.toString(), sha);
    }

    /**
     * The gazetteer the names come from; when it cannot be read the export goes on with the base data's own name
     * forms, and says so.
     */
    private Gazetteer gazetteer(PrintWriter err) {
        if (!Files.isRegularFile(gazetteerFile)) {
            err.println("note: " + gazetteerFile + " not found; only the base map's own name forms follow --names");
            return null;
        }
        try {
            Gazetteer g = Gazetteer.load(gazetteerFile);
            g.problems().forEach(p -> err.println("skipped " + p));
            return g;
        } catch (IOException e) {
            err.println("note: " + gazetteerFile + ": cannot read: " + e.getMessage()
                    + "; only the base map's own name forms follow --names");
            return null;
        }
    }

    private List<Annotation> annotationsToShow() throws InputException {
        if (noAnnotations) return List.of();
        Path file = annotations;
        if (file == null) {
            if (store == null || !(StoreOpener.parse(store) instanceof StoreLocation.File storeFile)) return List.of();
            file = AnnotationFile.besideStore(storeFile.path());
            if (!Files.exists(file)) return List.of();
        }
        try {
            AnnotationJson.Loaded loaded = AnnotationFile.read(file);
            PrintWriter err = spec.commandLine().getErr();
            loaded.problems().forEach(p -> err.println("skipped " + p));
            return loaded.annotations();
        } catch (AnnotationFileException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** The version in the jar manifest, or "dev" when run from classes (as {@code --version} prints it). */
    static String appVersion() {
        String v = ExportCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static FrameSequence.Window parseWindow(String text) {
        try {
            return FrameSequence.Window.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--window: \"" + text + "\" is not sliding or cumulative", e);
        }
    }

    /** Hex SHA-256 of a file, recorded so a redo can tell whether the store changed. */
    static String sha256(Path file) throws InputException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
