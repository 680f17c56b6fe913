package org.borderwatch.ui.store;

import java.nio.file.Path;
import org.borderwatch.events.LoadReport;

/** How a {@link StoreSession} tells the user what happened; every call comes on the FX thread. */
public interface StoreFeedback {

    /** {@code file} could not be opened at all; the store shown before stays open. */
    void openFailed(Path file, String message, LoadReport report);

    /** {@code report}'s file opened, but some of its records were skipped. */
    void recordsSkipped(LoadReport report);

    /** A change could not be saved and was taken back; the store is as it was before the change. */
    void saveFailed(EventChange change, String message);

    /** The open store's file was changed by another program; offer to reload it. */
    void changedOnDisk(Path file);
}
