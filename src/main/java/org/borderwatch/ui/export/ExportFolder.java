package org.borderwatch.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.io.AtomicFile;
import org.borderwatch.ui.settings.SettingsStore;

/**
 * The folder the export dialogs propose: the one the last export went to, else the user's pictures folder as the
 * desktop names it ({@code XDG_PICTURES_DIR} in {@code user-dirs.dirs}, which is "Bilder" or "Images" in other
 * languages), else the documents folder, else home; never a folder inside the program. The last folder is kept in
 * {@code export-folder.txt} beside the settings. Reads and writes files: call it off the FX thread. Thread-safe.
 */
public final class ExportFolder {
    private static final System.Logger LOG = System.getLogger(ExportFolder.class.getName());
    private static final Pattern USER_DIR = Pattern.compile("^XDG_(PICTURES|DOCUMENTS)_DIR=\"(.*)\"\\s*$");

    private final Path file;
    private final Path home;
    private final UnaryOperator<String> environment;

    /**
     * @param file        where the last folder is remembered
     * @param home        the user's home folder
     * @param environment environment variables ({@code XDG_CONFIG_HOME}, {@code XDG_PICTURES_DIR})
     */
    public ExportFolder(Path file, Path home, UnaryOperator<String> environment) {
        this.file = file;
        this.home = home;
        this.environment = environment;
    }

    /** The folder remembered beside the settings of {@code settings}, for the user running the app. */
    public static ExportFolder besides(SettingsStore settings) {
        String home = System.getenv("HOME");
        return new ExportFolder(
                settings.file().resolveSibling("export-folder.txt"),
                Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home")),
                System::getenv);
    }

    /** The folder to propose now (see the class comment); always an existing folder or home. */
    public synchronized Path proposed() {
        Path last = remembered();
        if (last != null && Files.isDirectory(last)) return last;
        for (Path candidate : List.of(userDir("PICTURES", "Pictures"), userDir("DOCUMENTS", "Documents")))
            if (Files.isDirectory(candidate)) return candidate;
        return home;
    }

    /** Remembers {@code folder} as the last one exported to; a failure is logged and only costs the memory. */
    public synchronized void remember(Path folder) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (folder.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(line));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": cannot remember the export folder (" + e + ")");
        }
    }

    private Path remembered() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": cannot read the last export folder (" + e + ")");
            return null;
        }
    }

    /** An XDG user folder: the environment, else user-dirs.dirs, else {@code ~/english}. */
    private Path userDir(String key, String english) {
        String fromEnv = environment.apply("XDG_" + key + "_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String config = environment.apply("XDG_CONFIG_HOME");
        Path dirs = (config != null && !config.isBlank() ? Path.of(config) : home.resolve(".config"))
                .resolve("user-dirs.dirs");
        try {
            for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                Matcher m = USER_DIR.matcher(line);
                if (m.matches() && m.group(1).equals(key))
                    return Path.of(m.group(2).replace("$HOME", home.toString()));
            }
        } catch (NoSuchFileException e) {
            return home.resolve(english);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, dirs + ": cannot read the user folders (" + e + ")");
        }
        return home.resolve(english);
    }
}
