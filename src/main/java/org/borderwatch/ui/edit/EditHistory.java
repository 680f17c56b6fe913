package org.borderwatch.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.borderwatch.ui.store.EventChange;
import org.borderwatch.ui.store.StoreSession;

/**
 * Undo and redo of the edits made to the open store. Every change, its undo and its redo go through
 * {@link StoreSession#apply}, so each is saved atomically before it counts: a change whose save fails is
 * taken back in memory and never enters the history. Opening or reloading a store clears the history,
 * since the events it names may no longer be there. Used on the FX thread only.
 */
public final class EditHistory implements UndoableHistory {
    private final StoreSession session;
    private final Deque<HistoryStep<EventChange>> undo = new ArrayDeque<>();
    private final Deque<HistoryStep<EventChange>> redo = new ArrayDeque<>();
    private final HistoryState state = new HistoryState();

    public EditHistory(StoreSession session) {
        this.session = session;
        session.storeProperty().addListener((obs, old, now) -> clear());
        session.busyProperty().addListener((obs, old, now) -> update());
    }

    /** Makes {@code change} and saves it; once saved it can be undone and the redo list is dropped. */
    public void perform(EventChange change) {
        session.apply(change, () -> done(change), null);
    }

    /**
     * Makes {@code change} and saves it, as {@link #perform(EventChange)}, then calls {@code saved}; a save refused
     * calls {@code failed} with the reason instead of showing an alert, so the form that made the change can keep it.
     */
    public void perform(EventChange change, Runnable saved, java.util.function.Consumer<String> failed) {
        session.apply(
                change,
                () -> {
                    done(change);
                    saved.run();
                },
                failed);
    }

    private void done(EventChange change) {
        undo.push(HistoryStep.now(change));
        redo.clear();
        update();
    }

    /** Takes back the latest change and saves; does nothing when there is none or a save is running. */
    @Override
    public void undo() {
        if (!state.canUndo().get()) return;
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
        if (!state.canRedo().get()) return;
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
    public HistoryState state() {
        return state;
    }

    private void update() {
        HistoryStep<EventChange> nextUndo = undo.peek();
        HistoryStep<EventChange> nextRedo = redo.peek();
        state.show(
                nextUndo,
                nextUndo == null ? null : nextUndo.value().describe(),
                nextRedo,
                nextRedo == null ? null : nextRedo.value().describe(),
                !session.busyProperty().get());
    }
}
