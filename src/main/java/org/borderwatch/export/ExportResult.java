package org.borderwatch.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param notes things the user should know, e.g. selected events that fell outside the map
 */
public record ExportResult(
        Path file, ExportFormat format, int widthPx, int heightPx, int eventsShown, List<String> notes) {
    public ExportResult {
        notes = List.copyOf(notes);
    }
}
