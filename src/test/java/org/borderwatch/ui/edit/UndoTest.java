package org.borderwatch.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit → Undo across two histories, here two annotation sessions beside two stores. */
class UndoTest {
    @TempDir
    Path folder;

    private final AnnotationSession first = new AnnotationSession(new InlineTaskRunner(), p -> {});
    private final AnnotationSession second = new AnnotationSession(new InlineTaskRunner(), p -> {});
    private final Undo undo = new Undo(List.of(first, second));

    @BeforeEach
    void open() throws Exception {
        first.openBeside(Files.writeString(folder.resolve("a.geojson"), "{}"));
        second.openBeside(Files.writeString(folder.resolve("b.geojson"), "{}"));
    }

    private static Annotation label(AnnotationSession s, String text) {
        Annotation a = new Annotation.Label(s.newId("label"), new LonLat(20.9, 42.9), text);
        s.add(a);
        return a;
    }

    private static List<String> texts(AnnotationSession s) {
        return s.annotationsProperty().get().stream()
                .map(a -> ((Annotation.Label) a).text())
                .toList();
    }

    @Test
    void undoTakesBackTheLatestStepWhicheverHistoryMadeIt() {
        label(first, "one");
        label(second, "two");
        label(first, "three");

        undo.undo();
        assertThat(texts(first)).containsExactly("one");
        assertThat(texts(second)).containsExactly("two");
        undo.undo();
        assertThat(texts(second)).isEmpty();
        undo.undo();
        assertThat(texts(first)).isEmpty();
        assertThat(undo.canUndo().get()).isFalse();
        assertThat(undo.undoText().get()).isEqualTo("Undo");
    }

    @Test
    void redoMakesAgainTheStepUndoneLast() {
        label(first, "one");
        label(second, "two");
        undo.undo();
        undo.undo();

        assertThat(undo.redoText().get()).isEqualTo("Redo annotation change");
        undo.redo();
        assertThat(texts(first)).containsExactly("one");
        assertThat(texts(second)).isEmpty();
        undo.redo();
        assertThat(texts(second)).containsExactly("two");
        assertThat(undo.canRedo().get()).isFalse();
    }

    @Test
    void aStepUndoneInItsOwnHistoryIsSeenByTheMenu() {
        label(first, "one");
        label(second, "two");
        second.undo();

        assertThat(undo.undoText().get()).isEqualTo("Undo annotation change");
        undo.undo();
        assertThat(texts(first)).isEmpty();
        undo.redo();
        assertThat(texts(first)).containsExactly("one");
        undo.redo();
        assertThat(texts(second)).containsExactly("two");
    }
}
