package org.borderwatch.events;

import java.nio.file.Path;
import java.util.List;

/**
 * What a load found: how many events were loaded and every problem met, in file order. {@code complete}
 * is false when the file could not be read to its end (a syntax error, not a FeatureCollection); such a
 * store refuses to save, since writing it back would drop what was never read.
 */
public record LoadReport(Path file, int loaded, List<RecordProblem> problems, boolean complete) {

    public LoadReport {
        problems = List.copyOf(problems);
    }

    /** True if the file loaded to its end without a single problem. */
    public boolean isClean() {
        return complete && problems.isEmpty();
    }

    /** How many of the problems are errors rather than warnings. */
    public long errorCount() {
        return problems.stream().filter(p -> !p.isWarning()).count();
    }

    /** One line per problem, then a summary line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (RecordProblem p : problems) s.append(p).append('\n');
        s.append(file.getFileName())
                .append(": ")
                .append(loaded)
                .append(" events loaded, ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        if (!complete) s.append(", file not read to its end");
        return s.toString();
    }
}
