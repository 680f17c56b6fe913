package org.borderwatch.events.geojson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.model.Event;
import org.borderwatch.io.AtomicFile;
import org.locationtech.jts.geom.Envelope;

/**
 * The event store kept in one GeoJSON file. Loading streams the file into compact events, a large file in
 * parts on every core, gathering what a packed R-tree and a time index need, which the first query builds (a batch
 * command that never queries does not pay for them); features the reader rejects are reported and kept verbatim, so a
 * save loses nothing. Saves are atomic and refuse to overwrite a file changed on disk since the load unless
 * told to. All methods are synchronized; a query after a change rebuilds the indexes once (about a tenth
 * of the load time).
 */
public final class GeoJsonEventStore implements EventStore {

    private final Path file;
    private final List<Event> events;
    private final Map<String, String> topMembers;
    private final Map<String, Map<String, String>> featureMembers;
    private final List<String> keptFeatures;
    private final LoadReport report;
    private FileStamp stamp;
    /** Built by the first query, not on load: a batch command (import, convert) never queries, and a change drops them. */
    private EventIndexes indexes;
    /** What the read gathered for the indexes, until the first query builds them or a change makes it stale. */
    private IndexColumns columns;

    private GeoJsonEventStore(Path file, GeoJsonEventReader.Result read, FileStamp stamp) {
        this.file = file;
        this.events = new ArrayList<>(read.events());
        this.topMembers = read.topMembers();
        this.featureMembers = new HashMap<>(read.featureMembers());
        this.keptFeatures = read.brokenFeatures();
        this.report = read.report();
        this.stamp = stamp;
        this.columns = read.columns();
    }

    /**
     * Loads the store in {@code file}. Bad features and a bad file shape are not exceptions: they are in
     * the {@link #loadReport()}.
     *
     * @throws EventStoreException if the file does not exist or cannot be read
     */
    public static GeoJsonEventStore open(Path file) throws EventStoreException {
        try {
            FileStamp before = FileStamp.of(file);
            if (before == null) throw new EventStoreException(file, "file not found");
            if (Files.isDirectory(file)) throw new EventStoreException(file, "is a folder, not an event store file");
            AtomicFile.removeStale(file);
            return new GeoJsonEventStore(file, new GeoJsonEventReader().read(file), before);
        } catch (NoSuchFileException e) {
            throw new EventStoreException(file, "file not found", e);
        } catch (IOException e) {
            throw new EventStoreException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** A new, empty store that will be written to {@code file} on the first save. */
    public static GeoJsonEventStore create(Path file) {
        LoadReport empty = new LoadReport(file, 0, List.of(), true);
        return new GeoJsonEventStore(
                file, new GeoJsonEventReader.Result(List.of(), Map.of(), Map.of(), List.of(), empty, null), null);
    }

    /** Members of the file's FeatureCollection besides type and features (name, crs…), as JSON text, in file order. */
    public Map<String, String> topMembers() {
        return java.util.Collections.unmodifiableMap(topMembers);
    }

    /** Members of an event's Feature besides type, geometry and properties, as JSON text; empty for most. */
    public synchronized Map<String, String> featureMembers(String id) {
        return featureMembers.getOrDefault(id, Map.of());
    }

    /** Features the load skipped as unusable, as read, which a save writes back untouched. */
    public List<String> unreadableFeatures() {
        return List.copyOf(keptFeatures);
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public LoadReport loadReport() {
        return report;
    }

    @Override
    public synchronized int size() {
        return events.size();
    }

    @Override
    public synchronized List<Event> all() {
        return List.copyOf(events);
    }

    @Override
    public synchronized Optional<Event> find(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(events.get(i));
    }

    @Override
    public synchronized List<Event> query(Envelope area, LocalDate from, LocalDate to, Predicate<Event> filter) {
        if (indexes == null) {
            indexes = columns != null ? new EventIndexes(columns) : new EventIndexes(events);
            columns = null;
        }
        List<Event> out = new ArrayList<>();
        for (int i : indexes.matching(area, from, to)) {
            Event e = events.get(i);
            if (filter == null || filter.test(e)) out.add(e);
        }
        return out;
    }

    @Override
    public synchronized void add(Event event) {
        if (indexOf(event.id()) >= 0)
            throw new IllegalArgumentException("the store already holds an event with id " + event.id());
        events.add(event);
        dropIndexes();
    }

    /** One pass over the store's ids against a map of the batch's: a million-event store takes one import in milliseconds. */
    @Override
    public synchronized List<Event> addAbsent(List<Event> batch) {
        Map<String, Event> incoming = new HashMap<>(batch.size() * 2);
        for (Event e : batch)
            if (incoming.put(e.id(), e) != null) throw new IllegalArgumentException("the batch repeats id " + e.id());
        List<Event> held = new ArrayList<>();
        for (Event e : events) if (incoming.containsKey(e.id())) held.add(e);
        for (Event e : held) incoming.remove(e.id());
        events.addAll(
                incoming.values().size() == batch.size()
                        ? batch
                        : batch.stream().filter(e -> incoming.get(e.id()) == e).toList());
        if (held.size() < batch.size()) dropIndexes();
        return held;
    }

    @Override
    public synchronized void replace(Event event) {
        int i = indexOf(event.id());
        if (i < 0) throw new NoSuchElementException("no event with id " + event.id() + " to replace");
        events.set(i, event);
        dropIndexes();
    }

    @Override
    public synchronized boolean delete(String id) {
        int i = indexOf(id);
        if (i < 0) return false;
        events.remove(i);
        featureMembers.remove(id);
        dropIndexes();
        return true;
    }

    private void dropIndexes() {
        indexes = null;
        columns = null;
    }

    /** Linear: edits are rare and a scan of a million ids takes milliseconds, less than a map of them costs in heap. */
    private int indexOf(String id) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).id().equals(id)) return i;
        return -1;
    }

    @Override
    public synchronized boolean changedOutside() {
        try {
            FileStamp now = FileStamp.of(file);
            return stamp == null ? now != null : !stamp.equals(now);
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public synchronized void save(boolean overwriteOutsideChanges) throws EventStoreException {
        if (!report.complete())
            throw new EventStoreException(
                    file,
                    "was not read to its end when loaded, so saving would lose what was not read; "
                            + "fix the file first ("
                            + report.problems()
                                    .get(report.problems().size() - 1)
                                    .message() + ")");
        if (!overwriteOutsideChanges && changedOutside())
            throw new EventStoreException(
                    file,
                    "changed on disk since it was loaded; reload it, or save with overwrite "
                            + "to replace those changes");
        GeoJsonEventWriter.Extras extras = new GeoJsonEventWriter.Extras(topMembers, featureMembers, keptFeatures);
        try {
            AtomicFile.writeKeepingBackup(file, out -> new GeoJsonEventWriter().write(out, events, extras));
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            throw new EventStoreException(file, "cannot save (the previous version is intact): " + e.getMessage(), e);
        }
    }

    /**
     * Writes events to a new store file in one pass without holding them all, for generators and imports.
     *
     * @throws EventStoreException if the file cannot be written
     */
    public static void write(Path file, Iterable<Event> events) throws EventStoreException {
        write(file, events, Map.of(), Map.of(), List.of());
    }

    /**
     * Writes a whole store: events with their extra Feature members, the collection's other members, and
     * features kept as read (unusable ones), as a load of another store found them; for copies between stores.
     *
     * @throws EventStoreException if the file cannot be written
     */
    public static void write(
            Path file,
            Iterable<Event> events,
            Map<String, String> topMembers,
            Map<String, Map<String, String>> featureMembers,
            List<String> unreadableFeatures)
            throws EventStoreException {
        GeoJsonEventWriter.Extras extras =
                new GeoJsonEventWriter.Extras(topMembers, featureMembers, unreadableFeatures);
        try {
            AtomicFile.writeKeepingBackup(file, out -> new GeoJsonEventWriter().write(out, events, extras));
        } catch (IOException e) {
            throw new EventStoreException(file, "cannot write: " + e.getMessage(), e);
        }
    }
}
