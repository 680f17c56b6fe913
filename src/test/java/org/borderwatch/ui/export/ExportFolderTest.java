package org.borderwatch.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderTest {
    @TempDir
    Path home;

    private ExportFolder folder(Map<String, String> env) {
        return new ExportFolder(home.resolve(".config/borderwatch/export-folder.txt"), home, env::get);
    }

    @Test
    void proposesThePicturesFolderTheDesktopNamesInUserDirs() throws Exception {
        Files.createDirectories(home.resolve("Bilder"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(
                home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n");

        assertThat(folder(Map.of()).proposed()).isEqualTo(home.resolve("Bilder"));
    }

    @Test
    void fallsBackToDocumentsThenHomeWhenThereIsNoPicturesFolder() throws Exception {
        assertThat(folder(Map.of()).proposed()).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(folder(Map.of()).proposed()).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void remembersTheLastFolderAcrossRuns() throws Exception {
        Files.createDirectories(home.resolve("Pictures"));
        Path chosen = Files.createDirectories(home.resolve("maps-for-the-editor"));

        folder(Map.of()).remember(chosen);

        assertThat(folder(Map.of()).proposed()).isEqualTo(chosen);
    }

    @Test
    void aRememberedFolderThatWasDeletedIsNotProposed() throws Exception {
        Files.createDirectories(home.resolve("Pictures"));
        folder(Map.of()).remember(home.resolve("gone"));

        assertThat(folder(Map.of()).proposed()).isEqualTo(home.resolve("Pictures"));
    }
}
