package org.borderwatch.ui.export;

import java.util.EnumSet;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.export.ExportRequest;

/**
 * The title and subtitle an export dialog starts with: the export's own defaults for what the filter
 * shows, and when and how many. The user may change both; the file records what was shown.
 */
final class ExportTexts {

    private ExportTexts() {}

    /** "Incidents and deployments in the Serbia–Kosovo border region", with the categories if chosen. */
    static String title(EventFilter f) {
        Set<EventKind> kinds = f.kinds() == null ? EnumSet.allOf(EventKind.class) : f.kinds();
        return ExportRequest.defaultTitle(kinds, f.categories() == null ? Set.of() : f.categories());
    }

    /** "1 September – 31 October 2023 · 12 events shown". */
    static String subtitle(EventFilter f, int shown) {
        return ExportRequest.defaultSubtitle(f.from(), f.to(), shown);
    }
}
