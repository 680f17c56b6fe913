package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void refusesToReplaceAnExistingFileWithoutOverwriteAndSaysHow() throws Exception {
        Path target = dir.resolve("map.png");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicOutput.write(target, false, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessage(target + ": already exists; not overwriting it (use --force to replace it)");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void replacesWithOverwrite() throws Exception {
        Path target = dir.resolve("map.png");
        Files.writeString(target, "old");
        AtomicOutput.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("map.pdf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicOutput.write(target, true, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyWrittenFile() throws Exception {
        Path target = dir.resolve("map.png");
        AtomicOutput.write(target, false, out -> out.write(1));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("nowhere/map.png");
        assertThatThrownBy(() -> AtomicOutput.write(target, false, out -> out.write(1)))
                .hasMessageContaining("folder")
                .hasMessageContaining("does not exist");
    }
}
