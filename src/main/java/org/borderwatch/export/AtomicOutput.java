package org.borderwatch.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.borderwatch.io.AtomicFile;

/**
 * Writes an export file through {@link AtomicFile}, refusing to replace an existing file unless asked
 * to, and turns what goes wrong into an {@link ExportException} that names the file and the cause.
 * Readers never see half a file, and a failed export leaves the old file as it was.
 */
final class AtomicOutput {

    private AtomicOutput() {}

    /**
     * Writes {@code target}.
     *
     * @throws ExportException if the target exists and {@code overwrite} is false, the folder is
     *                         missing or not writable, or writing fails
     */
    static void write(Path target, boolean overwrite, AtomicFile.Content body) throws ExportException {
        refuseExisting(target, overwrite);
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new ExportException(target, "folder " + dir + " does not exist", null);
        try {
            AtomicFile.write(target, out -> {
                body.writeTo(out);
                // checked again just before the move: another program may have created it meanwhile
                if (!overwrite && Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
            });
        } catch (FileAlreadyExistsException e) {
            refuseExisting(target, overwrite);
            throw new ExportException(target, "writing failed: " + e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new ExportException(target, "folder " + dir + " is not writable", e);
        } catch (NoSuchFileException e) {
            throw new ExportException(target, "folder disappeared while writing: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExportException(target, "writing failed: " + e.getMessage(), e);
        }
    }

    /** @throws ExportException if {@code target} exists and {@code overwrite} is false */
    static void refuseExisting(Path target, boolean overwrite) throws ExportException {
        if (!overwrite && Files.exists(target))
            throw new ExportException(target, "already exists; not overwriting it (use --force to replace it)", null);
    }
}
