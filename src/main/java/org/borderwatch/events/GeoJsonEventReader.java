package org.borderwatch.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a GeoJSON event store into events without building a tree, so a multi-gigabyte file costs
 * only the events it holds. A bad feature is skipped and reported and its text kept, so a save writes it
 * back; a syntax error ends the read with its line and column.
 */
final class GeoJsonEventReader {

    /** Jackson's own guard against runaway nesting; the feature reader refuses far less. */
    private static final int MAX_NESTING = 1000;

    /** Everything a read produced. {@code brokenFeatures} are the raw texts of skipped features. */
    record Result(List<Event> events, Map<String, String> topMembers, Map<String, Map<String, String>> featureMembers,
            List<String> brokenFeatures, LoadReport report) {}

    private final JsonFactory json = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    Result read(Path file) throws IOException {
        State s = new State(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                s.problems.add(RecordProblem.ofFile(file, "file starts with a UTF-8 byte order mark (BOM), which "
                        + "RFC 8259 forbids; it was ignored and a save writes the file without it"));
                s.offsetShift = 3;
            } else {
                in.reset();
            }
            try (JsonParser p = json.createParser(in)) {
                try {
                    readCollection(p, s);
                } catch (JsonProcessingException e) {
                    s.complete = false;
                    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                    s.problems.add(RecordProblem.ofFile(file, "invalid JSON at " + where(at) + ": " + e.getOriginalMessage()));
                }
            }
        }
        List<String> broken = brokenTexts(file, s.brokenRanges);
        return new Result(s.events, s.topMembers, s.featureMembers, broken,
                new LoadReport(file, s.events.size(), s.problems, s.complete));
    }

    /** Mutable state of one read. */
    private static final class State {
        final Path file;
        final List<Event> events = new ArrayList<>();
        final List<RecordProblem> problems = new ArrayList<>();
        final Map<String, String> topMembers = new LinkedHashMap<>();
        final Map<String, Map<String, String>> featureMembers = new HashMap<>();
        final IdTable firstIndexOfId = new IdTable();
        final List<long[]> brokenRanges = new ArrayList<>();
        boolean complete = true;
        long offsetShift;

        State(Path file) {
            this.file = file;
        }
    }

    private void readCollection(JsonParser p, State s) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            fail(s, "file is empty; expected a GeoJSON FeatureCollection");
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            fail(s, "top level is " + FeatureReader.describe(p) + "; expected a GeoJSON FeatureCollection object");
            return;
        }
        String type = null;
        boolean sawFeatures = false;
        FeatureReader features = new FeatureReader(new Interner(), json);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("features")) {
                sawFeatures = true;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    fail(s, "\"features\" is " + FeatureReader.describe(p) + "; expected an array of Features");
                    return;
                }
                readFeatures(p, s, features);
            } else if (name.equals("type")) {
                type = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : FeatureReader.describe(p);
                p.skipChildren();
            } else {
                s.topMembers.put(name, rawTop(p));
            }
        }
        if (!"FeatureCollection".equals(type)) {
            fail(s, type == null ? "top-level object has no \"type\"; expected \"FeatureCollection\""
                    : "top-level type is \"" + type + "\"; expected \"FeatureCollection\"");
            return;
        }
        if (!sawFeatures) fail(s, "FeatureCollection has no \"features\" array");
        if (p.nextToken() != null) {
            s.complete = false;
            s.problems.add(RecordProblem.ofFile(s.file, "unexpected content after the FeatureCollection at "
                    + where(p.currentTokenLocation())));
        }
    }

    private void readFeatures(JsonParser p, State s, FeatureReader features) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long start = p.currentTokenLocation().getByteOffset();
            try {
                FeatureReader.Read read = features.read(p);
                Event e = read.event();
                int first = s.firstIndexOfId.putIfAbsent(e.id(), index);
                if (first >= 0) {
                    throw new BadRecord("/features/" + index + "/properties/id", "duplicate id \"" + e.id() + "\" (first used by feature " + first + ")");
                }
                s.events.add(e);
                if (!read.featureMembers().isEmpty()) s.featureMembers.put(e.id(), read.featureMembers());
            } catch (BadRecord bad) {
                String id = features.currentId();
                skipRestOfFeature(p, array);
                s.problems.add(new RecordProblem(s.file, index, id, bad.pointer(), bad.getMessage()));
                // a skipped feature is written back on save, so its id still counts towards uniqueness
                int first = id == null ? -1 : s.firstIndexOfId.putIfAbsent(id, index);
                if (first >= 0 && first != index && !bad.getMessage().startsWith("duplicate id"))
                    s.problems.add(new RecordProblem(s.file, index, id, "/features/" + index + "/properties/id",
                            "duplicate id \"" + id + "\" (first used by feature " + first + ")"));
                s.brokenRanges.add(new long[] {start + s.offsetShift, p.currentLocation().getByteOffset() + s.offsetShift});
            }
            index++;
        }
    }

    /** Moves the parser to the last token of the current element of the features array. */
    private static void skipRestOfFeature(JsonParser p, JsonStreamContext array) throws IOException {
        while (p.getParsingContext() != array) {
            if (p.nextToken() == null) throw new IOException("file ends inside a feature");
        }
    }

    private String rawTop(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (var g = json.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    private static void fail(State s, String message) {
        s.complete = false;
        s.problems.add(RecordProblem.ofFile(s.file, message));
    }

    private static String where(JsonLocation l) {
        return l == null ? "an unknown position" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private static List<String> brokenTexts(Path file, List<long[]> ranges) throws IOException {
        if (ranges.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(ranges.size());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long[] r : ranges) {
                int length = Math.toIntExact(r[1] - r[0]);
                ByteBuffer buf = ByteBuffer.allocate(length);
                while (buf.hasRemaining() && ch.read(buf, r[0] + buf.position()) > 0) {
                    // positional reads may return short counts; loop until the range is in
                }
                out.add(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip());
            }
        } catch (ArithmeticException e) {
            throw new UncheckedIOException(new IOException(file + ": a broken feature is larger than 2 GB", e));
        }
        return out;
    }
}
