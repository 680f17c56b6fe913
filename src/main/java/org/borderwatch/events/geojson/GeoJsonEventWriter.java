package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes events as a GeoJSON FeatureCollection, one feature per line so that diffs of the store stay
 * readable. Known properties are written in the format's order, then unknown ones verbatim in the order read.
 * A large store is written in chunks of {@value #CHUNK} features, each turned into bytes by its own generator on
 * a pool thread while this thread writes the chunks before it, in order; at most a few chunks are held at once.
 */
final class GeoJsonEventWriter {

    /** Features per chunk: about 2 MB of text, big enough that handing a chunk over costs nothing. */
    static final int CHUNK = 4096;

    private static final byte[] HEAD = "{\"type\":\"FeatureCollection\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FEATURES = ",\"features\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FIRST = {'\n'};
    private static final byte[] BETWEEN = {',', '\n'};
    private static final byte[] TAIL_AFTER_FEATURES = "\n]}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL_EMPTY = "]}\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The stream belongs to the caller, who must still force it to disk after the JSON is written. Doubles are
     * written by Jackson's shortest-representation writer, several times faster than Double.toString.
     */
    private final JsonFactory json = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /** What to write besides the events: top-level members, extra Feature members by id, features kept as read. */
    record Extras(
            Map<String, String> topMembers,
            Map<String, Map<String, String>> featureMembers,
            List<String> keptFeatures) {
        static final Extras NONE = new Extras(Map.of(), Map.of(), List.of());
    }

    void write(OutputStream out, Iterable<Event> events, Extras extras) throws IOException {
        out.write(HEAD);
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        for (Map.Entry<String, String> m : extras.topMembers().entrySet()) {
            out.write(',');
            out.write('"');
            out.write(quote.quoteAsUTF8(m.getKey()));
            out.write('"');
            out.write(':');
            out.write(m.getValue().getBytes(StandardCharsets.UTF_8));
        }
        out.write(FEATURES);
        boolean any = writeEvents(out, events.iterator(), extras.featureMembers());
        for (String kept : extras.keptFeatures()) {
            out.write(any ? BETWEEN : FIRST);
            out.write(kept.getBytes(StandardCharsets.UTF_8));
            any = true;
        }
        out.write(any ? TAIL_AFTER_FEATURES : TAIL_EMPTY);
    }

    /** Writes the features of {@code events}, chunk by chunk; true when there was at least one. */
    private boolean writeEvents(OutputStream out, Iterator<Event> events, Map<String, Map<String, String>> members)
            throws IOException {
        List<Event> first = take(events);
        if (!events.hasNext()) {
            if (first.isEmpty()) return false;
            out.write(FIRST);
            chunk(first, members).writeTo(out);
            return true;
        }
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "event-store-write");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ByteArrayOutputStream>> pending = new ArrayDeque<>();
            boolean any = false;
            List<Event> next = first;
            while (!next.isEmpty()) {
                List<Event> part = next;
                pending.add(pool.submit(() -> chunk(part, members)));
                if (pending.size() > 2 * threads) any = writeChunk(out, pending.poll(), any);
                next = take(events);
            }
            while (!pending.isEmpty()) any = writeChunk(out, pending.poll(), any);
            return any;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean writeChunk(OutputStream out, Future<ByteArrayOutputStream> chunk, boolean any)
            throws IOException {
        ByteArrayOutputStream bytes;
        try {
            bytes = chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the event store");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException("cannot write the event store: " + e.getCause(), e.getCause());
        }
        out.write(any ? BETWEEN : FIRST);
        bytes.writeTo(out);
        return true;
    }

    private static List<Event> take(Iterator<Event> events) {
        List<Event> part = new ArrayList<>(CHUNK);
        while (part.size() < CHUNK && events.hasNext()) part.add(events.next());
        return part;
    }

    /** The features of {@code part}, one per line, without a separator before the first or after the last. */
    private ByteArrayOutputStream chunk(List<Event> part, Map<String, Map<String, String>> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.size() * 640);
        try (JsonGenerator g = json.createGenerator(bytes)) {
            g.setRootValueSeparator(new SerializedString(",\n"));
            for (Event e : part) writeFeature(g, e, members.getOrDefault(e.id(), Map.of()));
        }
        return bytes;
    }

    static void writeFeature(JsonGenerator g, Event e, Map<String, String> featureMembers) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        for (Map.Entry<String, String> m : featureMembers.entrySet()) {
            g.writeFieldName(m.getKey());
            g.writeRawValue(m.getValue());
        }
        g.writeFieldName("geometry");
        writeGeometry(g, e);
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", e.id());
        g.writeStringField("kind", e.kind().jsonName());
        g.writeStringField("category", e.category());
        g.writeStringField("title", e.title());
        if (!e.summary().isEmpty()) g.writeStringField("summary", e.summary());
        g.writeStringField("date", e.date().text());
        if (e.end() != null) g.writeStringField("end", e.end().text());
        if (e.date().precision() != DatePrecision.DAY)
            g.writeStringField("date_precision", e.date().precision().jsonName());
        if (e.location() != null) writePlace(g, e.location());
        writePrecision(g, e.precision());
        writeStrings(g, "actors", e.actors());
        if (!e.casualties().equals(Casualties.NONE_REPORTED)) writeCasualties(g, e.casualties());
        if (!e.equipment().isEmpty()) {
            g.writeArrayFieldStart("equipment");
            for (Equipment q : e.equipment()) {
                g.writeStartObject();
                g.writeStringField("type", q.type());
                if (q.model() != null) g.writeStringField("model", q.model());
                // the format writes an unknown equipment count as null, an unknown casualty count not at all
                g.writeFieldName("count");
                if (q.count() == null) g.writeNull();
                else g.writeNumber(q.count());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("sources");
        for (Source s : e.sources()) {
            g.writeStartObject();
            if (s.publisher() != null) g.writeStringField("publisher", s.publisher());
            if (s.title() != null) g.writeStringField("title", s.title());
            g.writeStringField("url", s.url());
            if (s.date() != null) g.writeStringField("date", s.date());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("confidence", e.confidence().jsonName());
        writeStrings(g, "tags", e.tags());
        if (e.updated() != null) g.writeStringField("updated", e.updated());
        for (Map.Entry<String, String> x : e.extra().entrySet()) {
            g.writeFieldName(x.getKey());
            g.writeRawValue(x.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writePlace(JsonGenerator g, Place p) throws IOException {
        g.writeObjectFieldStart("location");
        if (p.place() != null) g.writeStringField("place", p.place());
        if (p.municipality() != null) g.writeStringField("municipality", p.municipality());
        if (p.country() != null) g.writeStringField("country", p.country());
        if (p.gazetteer() != null) g.writeStringField("gazetteer", p.gazetteer());
        if (p.coordinateSource() != null) g.writeStringField("coordinate_source", p.coordinateSource());
        if (!p.alternatives().isEmpty()) {
            g.writeArrayFieldStart("alternatives");
            for (PlaceAlternative a : p.alternatives()) {
                g.writeStartObject();
                if (a.place() != null) g.writeStringField("place", a.place());
                if (a.gazetteer() != null) g.writeStringField("gazetteer", a.gazetteer());
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(a.lon());
                g.writeNumber(a.lat());
                g.writeEndArray();
                writePrecision(g, a.precision());
                if (a.coordinateSource() != null) g.writeStringField("coordinate_source", a.coordinateSource());
                if (!a.sources().isEmpty()) {
                    g.writeArrayFieldStart("sources");
                    for (String url : a.sources()) g.writeString(url);
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writePrecision(JsonGenerator g, Precision p) throws IOException {
        g.writeObjectFieldStart("precision");
        g.writeStringField("level", p.level().jsonName());
        if (p.radiusKm() > 0) g.writeNumberField("radius_km", p.radiusKm());
        g.writeEndObject();
    }

    private static void writeCasualties(JsonGenerator g, Casualties c) throws IOException {
        g.writeObjectFieldStart("casualties");
        writeCount(g, "killed", c.killed(), c.statedUnknown());
        writeCount(g, "injured", c.injured(), c.statedUnknown());
        writeCount(g, "arrested", c.arrested(), c.statedUnknown());
        if (c.killedLow() != null) g.writeNumberField("killed_low", c.killedLow());
        if (c.killedHigh() != null) g.writeNumberField("killed_high", c.killedHigh());
        if (!c.bySide().isEmpty()) {
            g.writeArrayFieldStart("by_side");
            for (Casualties.SideCount s : c.bySide()) {
                g.writeStartObject();
                g.writeStringField("side", s.side());
                writeCount(g, "killed", s.killed(), s.statedUnknown());
                writeCount(g, "injured", s.injured(), s.statedUnknown());
                writeCount(g, "arrested", s.arrested(), s.statedUnknown());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Writes a known count; an unknown one as null if the store said so, else not at all (both read as unknown). */
    private static void writeCount(JsonGenerator g, String name, Integer count, Set<String> statedUnknown)
            throws IOException {
        if (count != null) g.writeNumberField(name, count);
        else if (statedUnknown.contains(name)) g.writeNullField(name);
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) return;
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void writeGeometry(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        if (e.isPoint()) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            writePosition(g, e.lon(), e.lat());
        } else {
            Geometry shape = e.geometry();
            g.writeStringField("type", shape.getGeometryType());
            g.writeFieldName("coordinates");
            if (shape instanceof LineString line) {
                writePositions(g, line.getCoordinates());
            } else {
                Polygon poly = (Polygon) shape;
                g.writeStartArray();
                writePositions(g, poly.getExteriorRing().getCoordinates());
                for (int i = 0; i < poly.getNumInteriorRing(); i++)
                    writePositions(g, poly.getInteriorRingN(i).getCoordinates());
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void writePositions(JsonGenerator g, Coordinate[] cs) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) writePosition(g, c.x, c.y);
        g.writeEndArray();
    }

    private static void writePosition(JsonGenerator g, double lon, double lat) throws IOException {
        g.writeStartArray();
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
    }
}
