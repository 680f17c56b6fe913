package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.borderwatch.events.BadRecord;
import org.borderwatch.events.model.Event;

/**
 * One event as the text of one GeoJSON Feature, written and read exactly as the file store does, for stores
 * that keep events one by one (the database store keeps each as a row). Unknown properties and extra Feature
 * members come back verbatim. Not thread-safe: one per thread.
 */
public final class FeatureJson {

    /** A feature read: its event and the Feature object's members besides type, geometry and properties. */
    public record Read(Event event, Map<String, String> featureMembers) {}

    /** A feature that is not a usable event: the JSON pointer within the feature and what is wrong. */
    public static final class BadFeature extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pointer;
        private final String id;

        public BadFeature(String pointer, String id, String message) {
            super(message, null, false, false);
            this.pointer = pointer;
            this.id = id;
        }

        /** Where in the feature, as a JSON pointer ({@code /properties/date}); empty for a syntax error. */
        public String pointer() {
            return pointer;
        }

        /** The feature's id when it was read before the problem; null otherwise. */
        public String id() {
            return id;
        }
    }

    private final JsonFactory json = new JsonFactory();
    private final FeatureReader reader = new FeatureReader(new Interner(), json);

    /** The Feature text of {@code event} with {@code featureMembers} (may be empty), on one line. */
    public String write(Event event, Map<String, String> featureMembers) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = json.createGenerator(out)) {
            GeoJsonEventWriter.writeFeature(g, event, featureMembers);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Reads the Feature in {@code text}.
     *
     * @throws BadFeature if it is not JSON, not a Feature, or not a valid event (the pointer says where)
     */
    public Read read(String text) throws BadFeature {
        try (JsonParser p = json.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT)
                throw new BadFeature("", null, "feature must be a JSON object");
            FeatureReader.Read read = reader.read(p);
            if (p.nextToken() != null)
                throw new BadFeature("", read.event().id(), "unexpected content after the feature");
            return new Read(read.event(), read.featureMembers());
        } catch (BadRecord bad) {
            throw new BadFeature(bad.pointer(), reader.currentId(), bad.getMessage());
        } catch (IOException e) {
            throw new BadFeature("", reader.currentId(), "not valid JSON: " + e.getMessage());
        }
    }
}
