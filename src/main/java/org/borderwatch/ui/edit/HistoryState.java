package org.borderwatch.ui.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the Edit menu and tool bars show of one undo history: whether it can undo and redo now, the
 * menu texts, and the {@link HistoryStep#order} of the steps it would undo and redo next (0 for
 * none), by which {@link Undo} picks the latest across histories. Used on the FX thread.
 */
public final class HistoryState {
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyLongWrapper undoOrder = new ReadOnlyLongWrapper(this, "undoOrder");
    private final ReadOnlyLongWrapper redoOrder = new ReadOnlyLongWrapper(this, "redoOrder");

    /**
     * Shows the history's next steps.
     *
     * @param nextUndo  the step undo would take back, or null
     * @param undoWhat  what that step did, for "Undo …"
     * @param nextRedo  the step redo would make again, or null
     * @param redoWhat  what that step did, for "Redo …"
     * @param idle      false while the history cannot act (a save is running)
     */
    void show(HistoryStep<?> nextUndo, String undoWhat, HistoryStep<?> nextRedo, String redoWhat, boolean idle) {
        canUndo.set(idle && nextUndo != null);
        canRedo.set(idle && nextRedo != null);
        undoText.set(nextUndo == null ? "Undo" : "Undo " + undoWhat);
        redoText.set(nextRedo == null ? "Redo" : "Redo " + redoWhat);
        undoOrder.set(nextUndo == null ? 0 : nextUndo.order());
        redoOrder.set(nextRedo == null ? 0 : nextRedo.order());
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo edit “Title”", for the menu item. */
    public ReadOnlyStringProperty undoText() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoText() {
        return redoText.getReadOnlyProperty();
    }

    ReadOnlyLongProperty undoOrder() {
        return undoOrder.getReadOnlyProperty();
    }

    ReadOnlyLongProperty redoOrder() {
        return redoOrder.getReadOnlyProperty();
    }
}
