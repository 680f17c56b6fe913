package org.borderwatch.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFile;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationSessionTest {
    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();
    private final AnnotationSession session = new AnnotationSession(new InlineTaskRunner(), problems::add);

    private Path store() throws Exception {
        return Files.writeString(folder.resolve("events.geojson"), "{}");
    }

    @Test
    void eachStepIsSavedBesideTheStoreAndUndoAndRedoSaveToo() throws Exception {
        Path store = store();
        session.openBeside(store);
        Annotation.Label a = new Annotation.Label(session.newId("label"), new LonLat(20.9, 42.9), "Gate");
        Annotation.Circle c = new Annotation.Circle(session.newId("circle"), new LonLat(21.1, 42.6), 5, "");

        session.add(a);
        session.add(c);
        session.undo();

        Path file = AnnotationFile.besideStore(store);
        assertThat(AnnotationFile.read(file).annotations()).containsExactly(a);
        session.redo();
        assertThat(AnnotationFile.read(file).annotations()).containsExactly(a, c);
        assertThat(a.id()).isNotEqualTo(c.id());
    }

    @Test
    void aBrokenRecordIsSkippedAndReportedAndTheRestLoads() throws Exception {
        Path store = store();
        Files.writeString(AnnotationFile.besideStore(store), """
                {"annotations": [
                  {"id": "a1", "type": "label", "at": [20.9, 42.9], "text": "Gate"},
                  {"id": "a2", "type": "circle", "center": [21.1, 42.6], "radiusKm": -3}
                ]}""");

        session.openBeside(store);

        assertThat(session.annotationsProperty().get())
                .extracting(Annotation::id)
                .containsExactly("a1");
        assertThat(problems)
                .singleElement()
                .asString()
                .contains("events.annotations.json")
                .contains("a2");
    }

    @Test
    void anUnreadableFileIsReportedAndNeverOverwritten() throws Exception {
        Path store = store();
        Path file = Files.writeString(AnnotationFile.besideStore(store), "not json");

        session.openBeside(store);
        session.add(new Annotation.Label("x", new LonLat(20.9, 42.9), "Gate"));

        assertThat(problems).singleElement().asString().contains("not valid JSON");
        assertThat(Files.readString(file)).isEqualTo("not json");
        assertThat(session.fileProperty().get()).isNull();
    }
}
