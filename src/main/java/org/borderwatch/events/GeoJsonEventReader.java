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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Streams a GeoJSON event store into events without building a tree, so a multi-gigabyte file costs
 * only the events it holds. A bad feature is skipped and reported and its text kept, so a save writes it
 * back; a syntax error ends the read with its line and column. A large file's features array is parsed in
 * parts on several threads (see {@link FeatureArraySplitter}); the result is always that of one plain read.
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

    /** For a part, whose features sit one level less deep than in the file: it must fail where the file's parser would. */
    private final JsonFactory partJson = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING - 1).build())
            .build();

    /** Files smaller than this are read on one thread: below it, starting a second costs more than it saves. */
    static final long PARALLEL_FROM_BYTES = 8L << 20;

    private final int parts;
    private final long parallelFromBytes;

    /** A reader that parses large files in as many parts as there are cores, up to four. */
    GeoJsonEventReader() {
        this(Math.min(4, Runtime.getRuntime().availableProcessors()), PARALLEL_FROM_BYTES);
    }

    /** A reader that parses files of at least {@code parallelFromBytes} in {@code parts} parts on as many threads. */
    GeoJsonEventReader(int parts, long parallelFromBytes) {
        this.parts = parts;
        this.parallelFromBytes = parallelFromBytes;
    }

    /**
     * Reads {@code file}. A large one is parsed in parts on several threads; if any part meets anything unusual
     * (a syntax error, a file-level problem, an id repeated across parts), the file is read again on one thread,
     * so problems and their positions are always those of a plain front-to-back read.
     */
    Result read(Path file) throws IOException {
        if (parts > 1 && Files.size(file) >= parallelFromBytes) {
            Result inParts = readInParts(file);
            if (inParts != null) return inParts;
        }
        return readWhole(file);
    }

    Result readWhole(Path file) throws IOException {
        State s = new State(file, Files.size(file));
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

    /**
     * Parses the features array in parts: this thread reads the collection with the first part of the array,
     * pool threads find the cuts and read the other parts. Returns null when the parts cannot stand for a
     * plain read; see {@link #read}.
     */
    Result readInParts(Path file) throws IOException {
        FeatureArraySplitter splitter = new FeatureArraySplitter();
        ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "event-store-read");
            t.setDaemon(true);
            return t;
        });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            CompletableFuture<List<FeatureArraySplitter.Cut>> cuts = CompletableFuture.supplyAsync(() -> {
                try (FileChannel own = FileChannel.open(file, StandardOpenOption.READ)) {
                    return splitter.scan(own, size, parts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool);
            CompletableFuture<List<State>> rest = cuts.thenCompose(c -> readParts(file, c, pool));
            CompletableFuture<Long> arrayEnd = rest.thenApply(states -> {
                if (states.isEmpty()) throw new IllegalStateException("no part read the end of the features array");
                return states.get(states.size() - 1).arrayEnd;
            });
            State head = new State(file, size / parts);
            try (JsonParser p = json.createParser(new HeadPartStream(channel, splitter, arrayEnd))) {
                readCollection(p, head);
            }
            return merged(file, head, rest.join());
        } catch (IOException | CompletionException e) {
            return null;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads each part after the first on the pool; part i runs from cut i to cut i + 1, the last to the file's end. */
    private CompletableFuture<List<State>> readParts(Path file, List<FeatureArraySplitter.Cut> cuts, ExecutorService pool) {
        List<CompletableFuture<State>> reads = new ArrayList<>(cuts.size());
        for (int i = 0; i < cuts.size(); i++) {
            FeatureArraySplitter.Cut cut = cuts.get(i);
            long to = i + 1 < cuts.size() ? cuts.get(i + 1).offset() : -1;
            reads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return readPart(file, cut, to);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool));
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenApply(done -> reads.stream().map(CompletableFuture::join).toList());
    }

    private State readPart(Path file, FeatureArraySplitter.Cut cut, long to) throws IOException {
        State s = new State(file, (to < 0 ? Files.size(file) : to) - cut.offset());
        s.offsetShift = cut.offset();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                JsonParser p = partJson.createParser(new FeatureSliceStream(channel, cut.offset(), to))) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException(file + ": a part does not start at a cut");
            readFeatures(p, s, new FeatureReader(new Interner(), json), cut.featuresBefore());
            s.arrayEnd = cut.offset() + p.currentTokenLocation().getByteOffset();
        }
        return s;
    }

    /** The parts joined in order, or null if they cannot stand for a plain read. */
    private static Result merged(Path file, State head, List<State> rest) throws IOException {
        // no cut means an odd file (a BOM, no features array, one huge feature): only the plain read reports it right
        if (rest.isEmpty() || !head.complete || head.featureArrays != 1) return null;
        for (RecordProblem problem : head.problems) if (problem.index() < 0) return null;
        List<Event> events = new ArrayList<>(head.events.size() + rest.stream().mapToInt(s -> s.events.size()).sum());
        events.addAll(head.events);
        List<RecordProblem> problems = new ArrayList<>(head.problems);
        Map<String, Map<String, String>> featureMembers = head.featureMembers;
        List<long[]> brokenRanges = new ArrayList<>(head.brokenRanges);
        for (int i = 0; i < rest.size(); i++) {
            State part = rest.get(i);
            // a plain read would have reported an id repeated across parts with the first part's index
            if (head.firstIndexOfId.sharesAnyId(part.firstIndexOfId)) return null;
            if (i + 1 < rest.size()) head.firstIndexOfId.addAll(part.firstIndexOfId);
            events.addAll(part.events);
            problems.addAll(part.problems);
            featureMembers.putAll(part.featureMembers);
            brokenRanges.addAll(part.brokenRanges);
        }
        return new Result(events, head.topMembers, featureMembers, brokenTexts(file, brokenRanges),
                new LoadReport(file, events.size(), problems, true));
    }

    /** Mutable state of one read. */
    private static final class State {
        final Path file;
        final List<Event> events = new ArrayList<>();
        final List<RecordProblem> problems = new ArrayList<>();
        final Map<String, String> topMembers = new LinkedHashMap<>();
        final Map<String, Map<String, String>> featureMembers = new HashMap<>();
        final IdTable firstIndexOfId;
        final List<long[]> brokenRanges = new ArrayList<>();
        boolean complete = true;
        long offsetShift;
        /** How many "features" members the collection has; a part records where its features array closed. */
        int featureArrays;
        long arrayEnd;

        /** {@code bytes}: how much of the file this state's features take, to size the id table. */
        State(Path file, long bytes) {
            this.file = file;
            this.firstIndexOfId = new IdTable(bytes);
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
                s.featureArrays++;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    fail(s, "\"features\" is " + FeatureReader.describe(p) + "; expected an array of Features");
                    return;
                }
                readFeatures(p, s, features, 0);
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

    /**
     * Reads the features of the array whose START_ARRAY is the current token, numbering them from {@code firstIndex}.
     * A part's parser sees its features as a root array, so pointers from it are turned into the file's.
     */
    private void readFeatures(JsonParser p, State s, FeatureReader features, int firstIndex) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        boolean rootArray = array.getParent().inRoot();
        int index = firstIndex;
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
                String pointer = rootArray ? filePointer(bad.pointer(), index) : bad.pointer();
                s.problems.add(new RecordProblem(s.file, index, id, pointer, bad.getMessage()));
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

    /** Turns {@code /k/rest}, a pointer into a part read as a root array, into {@code /features/index/rest}. */
    private static String filePointer(String pointer, int index) {
        if (pointer.startsWith("/features/")) return pointer;
        int rest = pointer.indexOf('/', 1);
        return "/features/" + index + (rest < 0 ? "" : pointer.substring(rest));
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
