package org.borderwatch.ui.edit;

/** A history of changes the Edit menu can undo and redo: the store's event edits, the annotations. */
public interface UndoableHistory {
    /** What it can undo and redo next, observed by the menu. */
    HistoryState state();

    /** Takes back the latest step; does nothing when it cannot (see {@link HistoryState#canUndo}). */
    void undo();

    /** Makes the latest undone step again; does nothing when it cannot. */
    void redo();
}
