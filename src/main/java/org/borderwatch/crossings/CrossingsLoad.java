package org.borderwatch.crossings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderwatch.events.RecordProblem;

/** What reading a crossings file gave: the crossings that loaded, in file order, and every record skipped, with why. */
public record CrossingsLoad(Path file, List<Crossing> crossings, List<RecordProblem> problems) {

    public CrossingsLoad {
        crossings = List.copyOf(crossings);
        problems = List.copyOf(problems);
    }

    /** The crossing with this id, if it loaded. */
    public Optional<Crossing> byId(String id) {
        return crossings.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every crossing's status on {@code day}, in file order. */
    public List<StatusOnDay> statusOn(LocalDate day) {
        return crossings.stream().map(c -> c.statusOn(day)).toList();
    }
}
