package org.borderwatch.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A history of changes the Edit menu can undo and redo: the store's event edits, the annotations. */
interface UndoableHistory {
    /** The {@link HistoryStep#order} of the step {@link #undo} would take back, or 0 when there is none. */
    ReadOnlyLongProperty undoOrderProperty();

    /** The {@link HistoryStep#order} of the step {@link #redo} would make again, or 0 when there is none. */
    ReadOnlyLongProperty redoOrderProperty();

    ReadOnlyBooleanProperty canUndoProperty();

    ReadOnlyBooleanProperty canRedoProperty();

    /** The menu text, e.g. "Undo edit “Title”". */
    ReadOnlyStringProperty undoTextProperty();

    ReadOnlyStringProperty redoTextProperty();

    void undo();

    void redo();
}
