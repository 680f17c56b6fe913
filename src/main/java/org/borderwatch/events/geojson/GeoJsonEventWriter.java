package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
final class GeoJsonEventWriter {

    /** The stream belongs to the caller, who must still force it to disk after the JSON is written. */
    private final JsonFactory json = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** What to write besides the events: top-level members, extra Feature members by id, features kept as read. */
    record Extras(
            Map<String, String> topMembers,
            Map<String, Map<String, String>> featureMembers,
            List<String> keptFeatures) {
        static final Extras NONE = new Extras(Map.of(), Map.of(), List.of());
    }

    void write(OutputStream out, Iterable<Event> events, Extras extras) throws IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.setPrettyPrinter(new FeaturePerLine());
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            for (Map.Entry<String, String> m : extras.topMembers().entrySet()) {
                g.writeFieldName(m.getKey());
                g.writeRawValue(m.getValue());
            }
            g.writeArrayFieldStart("features");
            for (Event e : events) writeFeature(g, e, extras.featureMembers().getOrDefault(e.id(), Map.of()));
            for (String kept : extras.keptFeatures()) g.writeRawValue(kept);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
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

    /** Compact JSON with a line break before each feature and before the closing bracket of the features. */
    private static final class FeaturePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (isFeatures(g)) g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(isFeatures(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (isFeatures(g) && nrOfValues > 0) g.writeRaw('\n');
            g.writeRaw(']');
        }

        private static boolean isFeatures(JsonGenerator g) {
            var ctx = g.getOutputContext();
            return ctx.inArray()
                    && ctx.getParent().getParent() != null
                    && ctx.getParent().getParent().inRoot();
        }
    }
}
