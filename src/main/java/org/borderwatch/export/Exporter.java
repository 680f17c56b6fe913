package org.borderwatch.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.Regime;

/**
 * Writes annotated map figures as PNG, SVG or PDF, and timelines as numbered PNG frames plus an
 * animated GIF. Every format is painted by the same {@link MapPainter} as the screen, laid out as
 * a published map, written atomically, and carries its parameters in its metadata so
 * {@link #readRequest} can redo it. Not thread-safe (the MapPainter is not); use one per thread.
 */
public final class Exporter {
    /** The name of the GIF a sequence export writes beside its frames. */
    public static final String GIF_NAME = "animation.gif";

    private final MapPainter painter;
    private final String software;
    private final Clock clock;
    private final Gazetteer gazetteer;

    /**
     * @param appVersion recorded in every file's metadata, e.g. "0.1.0"
     * @param clock      the source of the export date printed on the page and stored in metadata
     */
    public Exporter(MapPainter painter, String appVersion, Clock clock) {
        this(painter, "BorderWatch " + appVersion, clock, null);
    }

    private Exporter(MapPainter painter, String software, Clock clock, Gazetteer gazetteer) {
        this.painter = painter;
        this.software = software;
        this.clock = clock;
        this.gazetteer = gazetteer;
    }

    /**
     * This exporter taking place names from {@code names} when a request asks for a names style (without one, only
     * the base data's own name forms change).
     */
    public Exporter withGazetteer(Gazetteer names) {
        return new Exporter(painter, software, clock, names);
    }

    /**
     * Exports one figure of the events of {@code storeEvents} that pass the request's filters over
     * the base map {@code base}.
     *
     * @throws ExportException          if the file exists and overwriting was not asked for, or cannot be written
     * @throws IllegalArgumentException if the request names an unknown CRS or layer, or an extent the CRS cannot show
     */
    public ExportResult export(ExportRequest r, MapModel base, List<Event> storeEvents) throws ExportException {
        return export(r, base, storeEvents, Regime.NONE);
    }

    /**
     * Exports one figure, or a two-panel comparison when the request compares two days, drawing {@code regime}
     * (crossings with their status on each map's day, the GSZ) over the base map.
     *
     * @throws ExportException          if the file exists and overwriting was not asked for, or cannot be written
     * @throws IllegalArgumentException if the request names an unknown CRS or layer, or an extent the CRS cannot show
     */
    public ExportResult export(ExportRequest r, MapModel base, List<Event> storeEvents, Regime regime)
            throws ExportException {
        AtomicOutput.refuseExisting(r.out(), r.overwrite());
        Instant now = clock.instant();
        if (r.compares()) {
            ComparePage compare = ComparePage.build(r, base, storeEvents, regime, painter, now, software, gazetteer);
            write(r, compare, info(r, compare.facts()));
            return new ExportResult(
                    r.out(),
                    r.format(),
                    r.size().widthPx(),
                    r.size().heightPx(),
                    compare.facts().eventsShown(),
                    List.of());
        }
        PageBuilder.Page page = PageBuilder.build(r, base, storeEvents, regime, painter, now, software, gazetteer);
        DocumentInfo info = info(r, page.facts());
        switch (r.format()) {
            case PNG -> {
                BufferedImage image = PngOutput.render(page.painter(), r.size());
                AtomicOutput.write(r.out(), r.overwrite(), out -> PngOutput.write(image, r.size(), info, out));
            }
            case SVG ->
                AtomicOutput.write(r.out(), r.overwrite(), out -> SvgOutput.write(page.painter(), r.size(), info, out));
            case PDF ->
                AtomicOutput.write(r.out(), r.overwrite(), out -> PdfOutput.write(page.painter(), r.size(), info, out));
        }
        return new ExportResult(
                r.out(),
                r.format(),
                r.size().widthPx(),
                r.size().heightPx(),
                page.facts().eventsShown(),
                page.notes());
    }

    /**
     * Exports the timeline as numbered PNG frames {@code frame-001.png ...} in {@code dir} and an
     * animated GIF {@value #GIF_NAME} of them, one frame per step from the request's first day.
     *
     * @param delayMs how long the GIF shows each frame
     * @throws ExportException          if a file exists and {@code overwrite} is false, or cannot be written
     * @throws IllegalArgumentException if the request has no first day, or as for {@link #export}
     */
    public SequenceResult exportSequence(
            ExportRequest r,
            FrameSequence seq,
            MapModel base,
            List<Event> storeEvents,
            Path dir,
            int delayMs,
            boolean overwrite)
            throws ExportException {
        return exportSequence(r, seq, base, storeEvents, Regime.NONE, dir, delayMs, overwrite);
    }

    /**
     * As {@link #exportSequence(ExportRequest, FrameSequence, MapModel, List, Path, int, boolean)}, drawing
     * {@code regime} on each frame as it stood on that frame's last day, so the animation shows crossings change.
     */
    public SequenceResult exportSequence(
            ExportRequest r,
            FrameSequence seq,
            MapModel base,
            List<Event> storeEvents,
            Regime regime,
            Path dir,
            int delayMs,
            boolean overwrite)
            throws ExportException {
        if (r.from() == null) throw new IllegalArgumentException("a time sequence needs a first day (--from)");
        if (delayMs < 10) throw new IllegalArgumentException("GIF frame delay must be at least 10 ms, got " + delayMs);
        if (!Files.isDirectory(dir)) throw new ExportException(dir, "is not a folder; create it first", null);
        List<FrameSequence.Days> days = seq.days(r.from());
        int digits = Math.max(3, Integer.toString(days.size()).length());
        List<Path> files = new ArrayList<>();
        List<BufferedImage> gifFrames = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "frame-%0" + digits + "d.png", i + 1));
            ExportRequest fr =
                    r.withDates(days.get(i).first(), days.get(i).last()).withOut(file, overwrite);
            Instant now = clock.instant();
            PageBuilder.Page page = PageBuilder.build(fr, base, storeEvents, regime, painter, now, software, gazetteer);
            BufferedImage image = PngOutput.render(page.painter(), fr.size());
            DocumentInfo info = info(fr, page.facts());
            AtomicOutput.write(file, overwrite, out -> PngOutput.write(image, fr.size(), info, out));
            files.add(file);
            gifFrames.add(GifOutput.fit(image));
            for (String n : page.notes()) if (!notes.contains(n)) notes.add(n);
        }
        Path gif = dir.resolve(GIF_NAME);
        AtomicOutput.write(gif, overwrite, out -> GifOutput.write(gifFrames, delayMs, out));
        return new SequenceResult(files, gif, notes);
    }

    /**
     * The request recorded in an exported PNG, SVG or PDF, retargeted to {@code out} (its format
     * from the extension), to export it again.
     *
     * @throws ExportException if the file cannot be read or carries no BorderWatch parameters
     */
    public static ExportRequest readRequest(Path exported, Path out, boolean overwrite) throws ExportException {
        ExportFormat format;
        try {
            format = ExportFormat.ofFile(exported);
        } catch (IllegalArgumentException e) {
            throw new ExportException(exported, "not a PNG, SVG or PDF export", e);
        }
        String json;
        try (InputStream in = Files.newInputStream(exported)) {
            json = switch (format) {
                case PNG -> PngOutput.readParameters(in);
                case SVG -> SvgOutput.readParameters(in);
                case PDF -> PdfOutput.readParameters(in);
            };
        } catch (NoSuchFileException e) {
            throw new ExportException(exported, "no such file", e);
        } catch (IOException e) {
            throw new ExportException(exported, "cannot be read as " + format + ": " + e.getMessage(), e);
        }
        if (json == null)
            throw new ExportException(
                    exported, "carries no " + MetadataJson.KEY + " metadata; was it exported by BorderWatch?", null);
        return MetadataJson.read(json, exported, out, overwrite);
    }

    private static void write(ExportRequest r, PageContent page, DocumentInfo info) throws ExportException {
        switch (r.format()) {
            case PNG -> {
                BufferedImage image = PngOutput.render(page, r.size());
                AtomicOutput.write(r.out(), r.overwrite(), out -> PngOutput.write(image, r.size(), info, out));
            }
            case SVG -> AtomicOutput.write(r.out(), r.overwrite(), out -> SvgOutput.write(page, r.size(), info, out));
            case PDF -> AtomicOutput.write(r.out(), r.overwrite(), out -> PdfOutput.write(page, r.size(), info, out));
        }
    }

    private DocumentInfo info(ExportRequest r, ExportFacts facts) {
        return new DocumentInfo(
                facts.title(), facts.subtitle(), software, facts.exportedAt(), MetadataJson.write(r, facts));
    }
}
