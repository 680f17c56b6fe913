package org.borderwatch.ui.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFile;
import org.borderwatch.map.AnnotationJson;
import org.borderwatch.map.AnnotationProblem;
import org.borderwatch.ui.task.TaskRunner;

/**
 * The user's annotations of the open store: read from the annotations file beside it, changed one
 * step at a time with undo and redo, and saved after every step. Saves run in the background one
 * after another, the latest state winning, each atomic ({@link AnnotationFile#write}). Read and
 * written on the FX thread only.
 *
 * <p>Annotations have their own history rather than the store's {@code EditHistory}: that one
 * replays event changes through the store's save, and an annotation step touches another file. The
 * Edit menu's {@link Undo} takes back whichever of the two made the latest step.
 */
public final class AnnotationSession implements UndoableHistory {
    private static final System.Logger LOG = System.getLogger(AnnotationSession.class.getName());

    private final TaskRunner tasks;
    private final Consumer<String> problems;
    private final ReadOnlyObjectWrapper<List<Annotation>> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", List.of());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final HistoryState state = new HistoryState();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final Deque<HistoryStep<List<Annotation>>> undo = new ArrayDeque<>();
    private final Deque<HistoryStep<List<Annotation>>> redo = new ArrayDeque<>();
    /**
     * A state and the file it belongs in, written once the save in flight ends; kept with its file so
     * a store switched meanwhile does not receive the previous store's annotations.
     */
    private record Pending(Path file, List<Annotation> state) {}

    private Pending pendingSave;
    private int nextId = 1;

    /** @param problems shows the user a message about a file that could not be read or written */
    public AnnotationSession(TaskRunner tasks, Consumer<String> problems) {
        this.tasks = tasks;
        this.problems = problems;
    }

    /** The annotations as they are now, immutable; a new list after each step. */
    public ReadOnlyObjectProperty<List<Annotation>> annotationsProperty() {
        return annotations.getReadOnlyProperty();
    }

    /** The annotations file in use, or null while no store is open (then nothing is saved). */
    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    @Override
    public HistoryState state() {
        return state;
    }

    /** True while a save is being written. */
    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Switches to the annotations of {@code store} (read in the background; none when the file does
     * not exist yet) and clears the history. Records that cannot be read are skipped and reported.
     */
    public void openBeside(Path store) {
        Path target = AnnotationFile.besideStore(store.toAbsolutePath());
        tasks.run(
                "Reading " + target.getFileName(),
                progress -> {
                    if (!Files.exists(target)) return new AnnotationJson.Loaded(List.of(), List.of());
                    return AnnotationFile.read(target);
                },
                loaded -> {
                    file.set(target);
                    undo.clear();
                    redo.clear();
                    annotations.set(loaded.annotations());
                    nextId = 1;
                    update();
                    if (!loaded.problems().isEmpty()) {
                        StringBuilder b = new StringBuilder("Some annotations could not be read and were left out:");
                        for (AnnotationProblem p : loaded.problems())
                            b.append('\n').append(p);
                        problems.accept(b.toString());
                    }
                },
                e -> {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "cannot read annotations " + target + ": " + e.getMessage(),
                            e);
                    // no file to save into: changes stay in memory rather than overwrite what could not be read
                    file.set(null);
                    undo.clear();
                    redo.clear();
                    annotations.set(List.of());
                    update();
                    problems.accept(e.getMessage() + "\nThe annotations are not shown; nothing is written to that file "
                            + "until it can be read.");
                });
    }

    /** An id not used by any annotation now, e.g. "label-3". */
    String newId(String kind) {
        while (true) {
            String id = kind + "-" + nextId++;
            if (find(id) == null) return id;
        }
    }

    /** The annotation with {@code id}, or null. */
    Annotation find(String id) {
        for (Annotation a : annotations.get()) if (a.id().equals(id)) return a;
        return null;
    }

    void add(Annotation added) {
        List<Annotation> next = new ArrayList<>(annotations.get());
        next.add(added);
        change(next);
    }

    /** Replaces the annotation of the same id (a move or an edit); does nothing when it is gone. */
    void replace(Annotation changed) {
        List<Annotation> next = new ArrayList<>(annotations.get());
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(changed.id())) {
                if (next.get(i).equals(changed)) return;
                next.set(i, changed);
                change(next);
                return;
            }
        }
    }

    void delete(String id) {
        List<Annotation> next = new ArrayList<>(annotations.get());
        if (next.removeIf(a -> a.id().equals(id))) change(next);
    }

    @Override
    public void undo() {
        if (undo.isEmpty()) return;
        redo.push(HistoryStep.now(annotations.get()));
        show(undo.pop().value());
    }

    @Override
    public void redo() {
        if (redo.isEmpty()) return;
        undo.push(HistoryStep.now(annotations.get()));
        show(redo.pop().value());
    }

    private void change(List<Annotation> next) {
        undo.push(HistoryStep.now(annotations.get()));
        redo.clear();
        show(List.copyOf(next));
    }

    private void show(List<Annotation> state) {
        annotations.set(state);
        update();
        save(state);
    }

    private void update() {
        state.show(undo.peek(), "annotation change", redo.peek(), "annotation change", true);
    }

    private void save(List<Annotation> state) {
        if (file.get() != null) save(new Pending(file.get(), state));
    }

    private void save(Pending p) {
        if (saving.get()) {
            pendingSave = p;
            return;
        }
        saving.set(true);
        Path target = p.file();
        List<Annotation> state = p.state();
        tasks.run(
                "Saving " + target.getFileName(),
                progress -> {
                    AnnotationFile.write(target, state);
                    return target;
                },
                done -> saved(),
                e -> {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "cannot save annotations to " + target + ": " + e.getMessage(),
                            e);
                    problems.accept(target + ": the annotations could not be saved: " + messageOf(e)
                            + "\nThey stay on the map; the next change tries to save them again.");
                    saved();
                });
    }

    private void saved() {
        saving.set(false);
        Pending next = pendingSave;
        pendingSave = null;
        if (next != null) save(next);
    }

    private static String messageOf(Exception e) {
        return e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
