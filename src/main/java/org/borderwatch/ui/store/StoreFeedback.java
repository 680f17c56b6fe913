package org.borderwatch.ui.store;

import java.nio.file.Path;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.postgis.EditConflictException;

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

    /**
     * Someone else changed the event since the user opened it; nothing was saved. Show both and let the user choose;
     * {@code onSettled} runs once the choice is made and, when it is the user's version or a merge, stored.
     */
    default void conflict(EventChange change, EditConflictException conflict, Runnable onSettled) {
        saveFailed(change, conflict.getMessage());
    }

    /** Another user's change arrived and is shown: "editor changed “Title”". */
    default void changedBy(String message) {}

    /** A database store lost ({@code online} false) or regained its connection. */
    default void connection(String message, boolean online) {}
}
