package org.borderwatch.ui.edit;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;

/**
 * Edit → Undo and Redo over several histories: undo takes back the latest step of any of them (an
 * event edit or an annotation), redo makes again the step undone last, as one history would. Each
 * history keeps its own list because its steps are saved to different files. Used on the FX thread.
 */
public final class Undo {
    private final ObjectBinding<UndoableHistory> undoTarget;
    private final ObjectBinding<UndoableHistory> redoTarget;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoText;
    private final StringBinding redoText;

    public Undo(List<UndoableHistory> histories) {
        List<UndoableHistory> all = List.copyOf(histories);
        Observable[] deps = all.stream()
                .map(UndoableHistory::state)
                .flatMap(s -> Stream.<Observable>of(
                        s.undoOrder(), s.redoOrder(), s.canUndo(), s.canRedo(), s.undoText(), s.redoText()))
                .toArray(Observable[]::new);
        undoTarget = Bindings.createObjectBinding(() -> latest(all, true), deps);
        redoTarget = Bindings.createObjectBinding(() -> latest(all, false), deps);
        canUndo = Bindings.createBooleanBinding(
                () -> undoTarget.get() != null
                        && undoTarget.get().state().canUndo().get(),
                undoTarget);
        canRedo = Bindings.createBooleanBinding(
                () -> redoTarget.get() != null
                        && redoTarget.get().state().canRedo().get(),
                redoTarget);
        undoText = Bindings.createStringBinding(
                () -> undoTarget.get() == null
                        ? "Undo"
                        : undoTarget.get().state().undoText().get(),
                undoTarget);
        redoText = Bindings.createStringBinding(
                () -> redoTarget.get() == null
                        ? "Redo"
                        : redoTarget.get().state().redoText().get(),
                redoTarget);
    }

    /** The history whose next undo (or redo) step is the latest, or null when none has one. */
    private static UndoableHistory latest(List<UndoableHistory> histories, boolean undo) {
        UndoableHistory best = null;
        long bestOrder = 0;
        for (UndoableHistory h : histories) {
            ReadOnlyLongProperty order =
                    undo ? h.state().undoOrder() : h.state().redoOrder();
            if (order.get() > bestOrder) {
                best = h;
                bestOrder = order.get();
            }
        }
        return best;
    }

    /** Takes back the latest step of any history; nothing when that history is busy saving. */
    public void undo() {
        if (canUndo.get()) undoTarget.get().undo();
    }

    /** Makes again the step undone last; nothing when that history is busy saving. */
    public void redo() {
        if (canRedo.get()) redoTarget.get().redo();
    }

    public BooleanBinding canUndo() {
        return canUndo;
    }

    public BooleanBinding canRedo() {
        return canRedo;
    }

    public StringBinding undoText() {
        return undoText;
    }

    public StringBinding redoText() {
        return redoText;
    }
}
