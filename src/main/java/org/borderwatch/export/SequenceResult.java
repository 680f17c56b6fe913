package org.borderwatch.export;

import java.nio.file.Path;
import java.util.List;

/** What a time-sequence export wrote: the numbered PNG frames in order, and the animated GIF. */
public record SequenceResult(List<Path> frames, Path gif, List<String> notes) {
    public SequenceResult {
        frames = List.copyOf(frames);
        notes = List.copyOf(notes);
    }
}
