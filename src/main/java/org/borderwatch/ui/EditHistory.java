package org.borderwatch.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of the edits made to the open store. Every change, its undo and its redo go through
 * {@link StoreSession#apply}, so each is saved atomically before it counts: a change whose save fails is
 * taken back in memory and never enters the history. Opening or reloading a store clears the history,
 * since the events it names may no longer be there. Used on the FX thread only.
 */
final class EditHistory {
    private final StoreSession session;
    private final Deque<EventChange> undo = new ArrayDeque<>();
    private final Deque<EventChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");

    EditHistory(StoreSession session) {
        this.session = session;
        session.storeProperty().addListener((obs, old, now) -> clear());
        session.busyProperty().addListener((obs, old, now) -> update());
    }

    /** Makes {@code change} and saves it; once saved it can be undone and the redo list is dropped. */
    void perform(EventChange change) {
        session.apply(change, () -> {
            undo.push(change);
            redo.clear();
            update();
        });
    }

    /** Takes back the latest change and saves; does nothing when there is none or a save is running. */
    void undo() {
        if (!canUndo.get()) return;
        EventChange change = undo.peek();
        session.apply(change.inverse(), () -> {
            undo.pop();
            redo.push(change);
            update();
        });
    }

    /** Makes the latest undone change again and saves; does nothing when there is none or a save is running. */
    void redo() {
        if (!canRedo.get()) return;
        EventChange change = redo.peek();
        session.apply(change, () -> {
            redo.pop();
            undo.push(change);
            update();
        });
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo edit “Title”", for the menu item. */
    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void update() {
        boolean idle = !session.busyProperty().get();
        canUndo.set(idle && !undo.isEmpty());
        canRedo.set(idle && !redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().describe());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().describe());
    }
}
