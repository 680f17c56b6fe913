package org.borderwatch.events.geojson;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.borderwatch.events.BadRecord;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Event;

/**
 * Streams a GeoJSON event store into events without building a tree, so a multi-gigabyte file costs
 * only the events it holds. A bad feature is skipped and reported and its text kept, so a save writes it
 * back; a syntax error ends the read with its line and column. A large file's features array is read in parts
 * on several threads (see {@link FeatureArraySplitter}), straight from its bytes (see {@link FeaturePartReader});
 * the result is always that of one plain Jackson read, which {@link #readWhole} is and which small files get.
 */
final class GeoJsonEventReader {

    /** Jackson's own guard against runaway nesting; the feature reader refuses far less. */
    private static final int MAX_NESTING = 1000;

    /**
     * Everything a read produced. {@code brokenFeatures} are the raw texts of skipped features; {@code columns}, what
     * the indexes need of each event, or null to take it from the events.
     */
    record Result(
            List<Event> events,
            Map<String, String> topMembers,
            Map<String, Map<String, String>> featureMembers,
            List<String> brokenFeatures,
            LoadReport report,
            IndexColumns columns) {}

    private final JsonFactory json = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    /** For a part, whose features sit one level less deep than in the file: it must fail where the file's parser would. */
    private final JsonFactory partJson = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING - 1)
                    .build())
            .build();

    /** Files smaller than this are read by Jackson alone on one thread: below it, the parts cost more than they save. */
    static final long PARALLEL_FROM_BYTES = 8L << 20;

    private final int parts;
    private final long parallelFromBytes;
    /** Runs the parts after the first; null for a pool of this read's own. */
    private final Executor partRunner;

    /** A reader that parses large files in as many parts as there are cores, up to four. */
    GeoJsonEventReader() {
        this(Math.min(4, Runtime.getRuntime().availableProcessors()), PARALLEL_FROM_BYTES);
    }

    /** A reader that reads files of at least {@code parallelFromBytes} in {@code parts} parts on as many threads. */
    GeoJsonEventReader(int parts, long parallelFromBytes) {
        this(parts, parallelFromBytes, null);
    }

    /**
     * A reader whose parts after the first run on {@code partRunner} instead of threads of each read's own: the fuzz
     * target reads in parts on its one thread ({@code Runnable::run}), thousands of times a second.
     */
    GeoJsonEventReader(int parts, long parallelFromBytes, Executor partRunner) {
        this.parts = parts;
        this.parallelFromBytes = parallelFromBytes;
        this.partRunner = partRunner;
    }

    /**
     * Reads {@code file}. A large one is read in parts on several threads; if any part meets anything unusual
     * (a syntax error, a file-level problem, an id repeated across parts, a cut off the array's level), the file is
     * read again by Jackson on one thread, so problems and their positions are always those of a plain read.
     */
    Result read(Path file) throws IOException {
        if (Files.size(file) >= parallelFromBytes) {
            Result inParts = readInParts(file);
            if (inParts != null) return inParts;
        }
        return readWhole(file);
    }

    Result readWhole(Path file) throws IOException {
        ReadState s = new ReadState(file, Files.size(file));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                s.problem(RecordProblem.warningOfFile(
                        file,
                        "file starts with a UTF-8 byte order mark (BOM), which "
                                + "RFC 8259 forbids; it was ignored and a save writes the file without it"));
                s.offsetShift = 3;
            } else {
                in.reset();
            }
            s.utf8 = new Utf8CheckingStream(in);
            try (JsonParser p = json.createParser(s.utf8)) {
                try {
                    readCollection(p, s);
                } catch (JsonProcessingException e) {
                    s.complete = false;
                    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                    s.problem(
                            RecordProblem.ofFile(file, "invalid JSON at " + where(at) + ": " + JsonErrors.describe(e)));
                }
            }
            Utf8CheckingStream.Bad outside = s.utf8.firstOutside();
            if (outside != null) {
                s.problem(RecordProblem.ofFile(
                        file,
                        outside.describe(s.offsetShift)
                                + ", outside the features; that text was read with '?' in its place"));
            }
        }
        List<String> broken = brokenTexts(file, s.brokenRanges);
        return new Result(
                s.events,
                s.topMembers,
                s.featureMembers,
                broken,
                new LoadReport(file, s.events.size(), s.problems, s.complete),
                IndexColumns.concat(List.of(s.columns)));
    }

    /**
     * Reads the features array in parts straight from the file's bytes (see {@link FeaturePartReader}): this thread
     * the first, pool threads the others; then the collection's other members with Jackson, the array's contents
     * left out. Returns null when the parts cannot stand for a plain read; see {@link #read}.
     */
    Result readInParts(Path file) throws IOException {
        ExecutorService pool = parts > 1 && partRunner == null
                ? Executors.newFixedThreadPool(parts - 1, r -> {
                    Thread t = new Thread(r, "event-store-read");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            FeatureArraySplitter.Layout layout = FeatureArraySplitter.scan(channel, size, parts);
            if (layout == null) return null;
            long[] cuts = layout.cuts();
            List<CompletableFuture<ReadState>> rest = new ArrayList<>(cuts.length);
            for (int i = 0; i < cuts.length; i++) {
                long from = cuts[i];
                long to = i + 1 < cuts.length ? cuts[i + 1] : -1;
                rest.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return readPart(file, from, false, to, size / parts);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        partRunner != null ? partRunner : pool));
            }
            ReadState first = readPart(file, layout.arrayStart(), true, cuts.length > 0 ? cuts[0] : -1, size / parts);
            List<ReadState> states = new ArrayList<>(cuts.length + 1);
            states.add(first);
            for (CompletableFuture<ReadState> part : rest) states.add(part.join());
            ReadState head = new ReadState(file, 0);
            try (JsonParser p = json.createParser(
                    new HeadPartStream(channel, layout.arrayStart(), states.get(states.size() - 1).arrayEnd))) {
                readCollection(p, head);
            }
            return merged(file, head, states);
        } catch (IOException | CompletionException e) {
            return null;
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private ReadState readPart(Path file, long from, boolean opensArray, long to, long bytes) throws IOException {
        ReadState s = new ReadState(file, bytes);
        FeatureReader features = new FeatureReader(new Interner(), json);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            new FeaturePartReader(channel, (wrapped, at, state, index) -> {
                        state.utf8 = new Utf8CheckingStream(new java.io.ByteArrayInputStream(wrapped));
                        try (JsonParser p = partJson.createParser(state.utf8)) {
                            p.nextToken();
                            state.offsetShift = at;
                            if (readFeatures(p, state, features, index) != 1 || p.nextToken() != null)
                                throw new IOException(file + ": a feature's bytes hold more than one value");
                        }
                    })
                    .read(from, opensArray, to, s);
        }
        return s;
    }

    /** The parts joined in order, or null if they cannot stand for a plain read. */
    private static Result merged(Path file, ReadState head, List<ReadState> parts) throws IOException {
        if (!head.complete || head.featureArrays != 1 || head.features != 0) return null;
        for (RecordProblem problem : head.problems) if (problem.index() < 0) return null;
        List<Event> events =
                new ArrayList<>(parts.stream().mapToInt(s -> s.events.size()).sum());
        List<RecordProblem> problems = new ArrayList<>();
        Map<String, Map<String, String>> featureMembers = new HashMap<>();
        List<long[]> brokenRanges = new ArrayList<>();
        IdTable seen = parts.get(0).firstIndexOfId;
        int shift = 0;
        for (int i = 0; i < parts.size(); i++) {
            ReadState part = parts.get(i);
            // a plain read would have reported an id repeated across parts with the first part's index
            if (i > 0) {
                if (seen.sharesAnyId(part.firstIndexOfId)) return null;
                if (i + 1 < parts.size()) seen.addAll(part.firstIndexOfId);
            }
            events.addAll(part.events);
            problems.addAll(part.problemsFrom(shift));
            featureMembers.putAll(part.featureMembers);
            brokenRanges.addAll(part.brokenRanges);
            shift += part.features;
        }
        return new Result(
                events,
                head.topMembers,
                featureMembers,
                brokenTexts(file, brokenRanges),
                new LoadReport(file, events.size(), problems, true),
                IndexColumns.concat(parts.stream().map(part -> part.columns).toList()));
    }

    private void readCollection(JsonParser p, ReadState s) throws IOException {
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
                s.features += readFeatures(p, s, features, 0);
            } else if (name.equals("type")) {
                type = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : FeatureReader.describe(p);
                p.skipChildren();
            } else {
                s.topMembers.put(name, rawTop(p));
            }
        }
        if (!"FeatureCollection".equals(type)) {
            fail(
                    s,
                    type == null
                            ? "top-level object has no \"type\"; expected \"FeatureCollection\""
                            : "top-level type is \"" + type + "\"; expected \"FeatureCollection\"");
            return;
        }
        if (!sawFeatures) fail(s, "FeatureCollection has no \"features\" array");
        if (p.nextToken() != null) {
            s.complete = false;
            s.problem(RecordProblem.ofFile(
                    s.file, "unexpected content after the FeatureCollection at " + where(p.currentTokenLocation())));
        }
    }

    /**
     * Reads the features of the array whose START_ARRAY is the current token, numbering them from {@code firstIndex};
     * returns how many it met. A part's parser sees its features as a root array, so pointers from it are turned
     * into the file's.
     */
    private int readFeatures(JsonParser p, ReadState s, FeatureReader features, int firstIndex) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        boolean rootArray = array.getParent().inRoot();
        int index = firstIndex;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long start = p.currentTokenLocation().getByteOffset();
            try {
                FeatureReader.Read read = features.read(p);
                Utf8CheckingStream.Bad bad = s.utf8 == null
                        ? null
                        : s.utf8.claim(start, p.currentLocation().getByteOffset());
                if (bad != null) {
                    throw new BadRecord(
                            rootArray ? "/0" : "/features/" + index,
                            bad.describe(s.offsetShift) + "; the file must be UTF-8 throughout");
                }
                Event e = read.event();
                int first = s.firstIndexOfId.putIfAbsent(e.id(), index);
                if (first >= 0) {
                    s.duplicate(index, e.id(), first);
                    s.brokenRanges.add(new long[] {
                        start + s.offsetShift, p.currentLocation().getByteOffset() + s.offsetShift
                    });
                } else {
                    s.add(e);
                    if (!read.featureMembers().isEmpty()) s.featureMembers.put(e.id(), read.featureMembers());
                }
            } catch (BadRecord bad) {
                String id = features.currentId();
                skipRestOfFeature(p, array);
                if (s.utf8 != null) s.utf8.claim(start, p.currentLocation().getByteOffset());
                String pointer = rootArray ? filePointer(bad.pointer(), index) : bad.pointer();
                s.problem(new RecordProblem(s.file, index, id, pointer, bad.getMessage()));
                // a skipped feature is written back on save, so its id still counts towards uniqueness
                int first = id == null ? -1 : s.firstIndexOfId.putIfAbsent(id, index);
                if (first >= 0 && first != index) s.duplicate(index, id, first);
                s.brokenRanges.add(
                        new long[] {start + s.offsetShift, p.currentLocation().getByteOffset() + s.offsetShift});
            }
            index++;
        }
        return index - firstIndex;
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

    private static void fail(ReadState s, String message) {
        s.complete = false;
        s.problem(RecordProblem.ofFile(s.file, message));
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
