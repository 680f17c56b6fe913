package org.borderwatch.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of the edits made to the open store. Every change, its undo and its redo go through
 * {@link StoreSession#apply}, so each is saved atomically before it counts: a change whose save fails is
 * taken back in memory and never enters the history. Opening or reloading a store clears the history,
 * since the events it names may no longer be there. Used on the FX thread only.
 */
final class EditHistory implements UndoableHistory {
    private final StoreSession session;
    private final Deque<HistoryStep<EventChange>> undo = new ArrayDeque<>();
    private final Deque<HistoryStep<EventChange>> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper undoOrder = new ReadOnlyLongWrapper(this, "undoOrder");
    private final ReadOnlyLongWrapper redoOrder = new ReadOnlyLongWrapper(this, "redoOrder");
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
            undo.push(HistoryStep.now(change));
            redo.clear();
            update();
        });
    }

    /** Takes back the latest change and saves; does nothing when there is none or a save is running. */
    @Override
    public void undo() {
        if (!canUndo.get()) return;
        EventChange change = undo.peek().value();
        session.apply(change.inverse(), () -> {
            undo.pop();
            redo.push(HistoryStep.now(change));
            update();
        });
    }

    /** Makes the latest undone change again and saves; does nothing when there is none or a save is running. */
    @Override
    public void redo() {
        if (!canRedo.get()) return;
        EventChange change = redo.peek().value();
        session.apply(change, () -> {
            redo.pop();
            undo.push(HistoryStep.now(change));
            update();
        });
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    @Override
    public ReadOnlyLongProperty undoOrderProperty() {
        return undoOrder.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty redoOrderProperty() {
        return redoOrder.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo edit “Title”", for the menu item. */
    @Override
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void update() {
        boolean idle = !session.busyProperty().get();
        canUndo.set(idle && !undo.isEmpty());
        canRedo.set(idle && !redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().value().describe());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().value().describe());
        undoOrder.set(undo.isEmpty() ? 0 : undo.peek().order());
        redoOrder.set(redo.isEmpty() ? 0 : redo.peek().order());
    }
}
