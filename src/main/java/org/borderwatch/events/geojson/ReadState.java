package org.borderwatch.events.geojson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Event;

/**
 * What one read of a store file, or of one part of its features array, has gathered so far. A part numbers its
 * features from 0; {@link #problemsFrom} turns its problems into the file's once the features before it are counted.
 */
final class ReadState {

    final Path file;
    final List<Event> events;
    /** The index columns of {@link #events}, one row each. */
    final IndexColumns columns;

    final List<RecordProblem> problems = new ArrayList<>();
    /** For each problem, the feature whose id it repeats, or -1 if it is no duplicate id. */
    private final List<Integer> duplicateOf = new ArrayList<>();

    final Map<String, String> topMembers = new LinkedHashMap<>();
    final Map<String, Map<String, String>> featureMembers = new HashMap<>();
    final IdTable firstIndexOfId;
    final List<long[]> brokenRanges = new ArrayList<>();
    boolean complete = true;
    /** Added to the parser's byte offsets to make them the file's. */
    long offsetShift;
    /** The stream the parser reads, which finds ill-formed UTF-8; null when the bytes were checked before. */
    Utf8CheckingStream utf8;
    /** How many "features" members the collection has. */
    int featureArrays;
    /** Features met, good and bad. */
    int features;
    /** For the last part of the features array: the file offset of the array's closing bracket. */
    long arrayEnd = -1;

    /** {@code bytes}: how much of the file this state's features take, to size the id table. */
    ReadState(Path file, long bytes) {
        this.file = file;
        this.firstIndexOfId = new IdTable(bytes);
        // sized for the most features the bytes can hold, so a large read never copies the list as it grows
        int capacity = (int) Math.min(1 << 24, bytes / IdTable.MIN_FEATURE_BYTES);
        this.events = new ArrayList<>(capacity);
        this.columns = new IndexColumns(Math.min(capacity, 1 << 18));
    }

    /** Keeps a good event, and what the indexes need of it. */
    void add(Event e) {
        events.add(e);
        columns.add(e);
    }

    void problem(RecordProblem problem) {
        problems.add(problem);
        duplicateOf.add(-1);
    }

    /** Reports that feature {@code index} repeats the id of feature {@code first}. */
    void duplicate(int index, String id, int first) {
        problems.add(new RecordProblem(
                file, index, id, "/features/" + index + "/properties/id", duplicateMessage(id, first)));
        duplicateOf.add(first);
    }

    static String duplicateMessage(String id, int first) {
        return "duplicate id \"" + id + "\" (first used by feature " + first + ")";
    }

    /** The problems of a part whose first feature is the file's feature {@code shift}, with the file's numbers. */
    List<RecordProblem> problemsFrom(int shift) {
        if (shift == 0) return problems;
        List<RecordProblem> out = new ArrayList<>(problems.size());
        for (int k = 0; k < problems.size(); k++) {
            RecordProblem p = problems.get(k);
            int index = p.index() + shift;
            String prefix = "/features/" + p.index();
            boolean inFeature = p.pointer().equals(prefix) || p.pointer().startsWith(prefix + "/");
            String pointer = inFeature ? "/features/" + index + p.pointer().substring(prefix.length()) : p.pointer();
            int first = duplicateOf.get(k);
            String message = first < 0 ? p.message() : duplicateMessage(p.id(), first + shift);
            out.add(new RecordProblem(p.file(), index, p.id(), pointer, message));
        }
        return out;
    }
}
