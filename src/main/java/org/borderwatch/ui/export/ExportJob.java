package org.borderwatch.ui.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.events.EventFilter;
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
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.Regime;

/**
 * Runs the app's exports through the same {@link Exporter} as the {@code export} command: builds
 * the request from the dialog's choices and the scene, and writes it on a background thread. One
 * export at a time (the exporter's painter is not thread-safe); the dialogs disable their button
 * while one runs.
 */
public final class ExportJob {
    /**
     * What the user chose in a dialog.
     *
     * @param compare two days for a two-panel figure, or empty for one map
     */
    record Choices(
            ExportFormat format,
            Extent extent,
            String crs,
            PageSize size,
            String title,
            String subtitle,
            boolean callouts,
            boolean allUncertainty,
            List<LocalDate> compare) {

        Choices(
                ExportFormat format,
                Extent extent,
                String crs,
                PageSize size,
                String title,
                String subtitle,
                boolean callouts,
                boolean allUncertainty) {
            this(format, extent, crs, size, title, subtitle, callouts, allUncertainty, List.of());
        }
    }

    /** A finished single export and the size of the file written. */
    record Done(ExportResult result, long bytes) {}

    private final Exporter exporter;

    public ExportJob(String appVersion, Clock clock) {
        // an export runs off the FX thread and must hold its web tiles: it waits for them, up to a minute a frame
        this.exporter = new Exporter(new MapPainter(java.time.Duration.ofSeconds(60)), appVersion, clock);
    }

    /**
     * The request for the scene and choices, writing {@code out}; the whole filter goes into it and the file's
     * metadata, with the map's time for its dates (so a filter open at its end exports the day the map shows the
     * crossings for) and the crossings and GSZ as the map draws them.
     */
    static ExportRequest request(ExportScene s, Choices c, Path out, boolean overwrite) {
        EventFilter f = s.filter().withDates(s.time().from(), s.time().to());
        List<String> selected = c.callouts() && s.selectedId() != null ? List.of(s.selectedId()) : List.of();
        Regime regime = s.regime();
        String crossings = regime.drawsCrossings() && s.crossings() != null ? storeName(s.crossings()) : null;
        return ExportRequest.builder(c.extent(), c.size(), c.format(), out)
                .crs(c.crs())
                .titles(c.title(), c.subtitle())
                .events(f)
                .regime(crossings, regime.drawsGsz())
                .inGsz(s.inGsz())
                .compare(c.compare())
                .selectedIds(selected)
                .annotations(s.annotations())
                .store(storeName(s.store()), null)
                .overwrite(overwrite)
                .allUncertainty(c.allUncertainty())
                .names(s.names() == null ? null : s.names().style().tag())
                .build();
    }

    /**
     * The store as the figure's sources line and metadata name it: relative to the working folder when
     * it lies inside it, as {@code export --store data/events.geojson} names it, else the absolute path.
     */
    static String storeName(Path store) {
        if (store == null) return null;
        Path absolute = store.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * The store's events, or none when the filter lets nothing through by an unticked set (no kind,
     * category, actor or confidence), which an empty set in a request would read as "all".
     */
    static List<Event> events(ExportScene s) {
        EventFilter f = s.filter();
        boolean nothing = Stream.of(f.kinds(), f.categories(), f.actors(), f.confidences())
                .anyMatch(set -> set != null && set.isEmpty());
        return nothing ? List.of() : s.storeEvents();
    }

    /** Writes one figure; call on a background thread. */
    synchronized Done export(ExportScene s, ExportRequest r) throws ExportException, IOException {
        ExportResult result = exporter(s).export(withChecksum(r, s), s.model(), events(s), drawn(s, r));
        return new Done(result, Files.size(result.file()));
    }

    /** Writes numbered PNG frames and a GIF into {@code dir}; call on a background thread. */
    synchronized SequenceResult exportFrames(
            ExportScene s, ExportRequest r, FrameSequence seq, Path dir, int delayMs, boolean overwrite)
            throws ExportException, IOException {
        return exporter(s)
                .exportSequence(withChecksum(r, s), seq, s.model(), events(s), drawn(s, r), dir, delayMs, overwrite);
    }

    /** The exporter taking place names from the gazetteer the map writes them from. */
    private Exporter exporter(ExportScene s) {
        return s.names() == null ? exporter : exporter.withGazetteer(s.names().gazetteer());
    }

    /** The scene's regime as the request draws it: what the metadata names is what a re-run from it draws. */
    private static Regime drawn(ExportScene s, ExportRequest r) {
        return s.regime().withShown(r.crossings() != null, r.gsz());
    }

    private static ExportRequest withChecksum(ExportRequest r, ExportScene s) throws IOException {
        return s.store() == null ? r : r.withStore(storeName(s.store()), sha256(s.store()));
    }

    /** Hex SHA-256 of the store, recorded so a redo can tell whether the data changed. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The PNG, SVG or PDF file name {@code file} with the extension of {@code format}. */
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + "." + format.extension());
    }
}
