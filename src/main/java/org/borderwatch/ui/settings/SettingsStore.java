package org.borderwatch.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.borderwatch.io.AtomicFile;

/**
 * Reads and writes {@link Settings} as a small JSON file, by default
 * {@code $XDG_CONFIG_HOME/borderwatch/settings.json}, else {@code $HOME/.config/borderwatch/settings.json}; the
 * system property {@code borderwatch.config.dir} moves it, so tests and portable installs keep their own.
 * {@code HOME} is read from the environment because Java takes {@code user.home} from the password database,
 * and a user who runs {@code HOME=/tmp/x borderwatch} expects the settings to follow.
 * Saves are atomic: a crash mid-save leaves the previous file intact.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the default location (see the class comment). */
    public static SettingsStore atDefaultLocation() {
        return new SettingsStore(defaultFile(System::getProperty, System::getenv));
    }

    /**
     * Where the settings live given the system properties and environment variables; {@code user.home} is the last
     * resort, for a process started without {@code HOME}.
     */
    static Path defaultFile(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String override = properties.apply("borderwatch.config.dir");
        if (present(override)) return Path.of(override, "settings.json");
        String xdg = environment.apply("XDG_CONFIG_HOME");
        String home = environment.apply("HOME");
        Path base =
                present(xdg) ? Path.of(xdg) : Path.of(present(home) ? home : properties.apply("user.home"), ".config");
        return base.resolve("borderwatch").resolve("settings.json");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public Path file() {
        return file;
    }

    /**
     * The saved settings, or the defaults when there are none yet or the file cannot be used (a
     * broken file is logged with its path and replaced at the next save rather than stopping the app).
     */
    public Settings load() {
        try {
            return JSON.readValue(Files.readAllBytes(file), Settings.class);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (JacksonException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    file + ": settings are not valid (" + e.getOriginalMessage() + "); starting with the defaults");
            return Settings.defaults();
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    file + ": settings cannot be read (" + e + "); starting with the defaults");
            return Settings.defaults();
        }
    }

    /**
     * Writes {@code settings} atomically (see {@link AtomicFile}).
     *
     * @throws IOException when the folder cannot be created or the file written; the message names the file
     */
    public void save(Settings settings) throws IOException {
        try {
            Files.createDirectories(file.getParent());
            byte[] json = JSON.writeValueAsBytes(settings);
            AtomicFile.write(file, out -> out.write(json));
        } catch (IOException e) {
            throw new IOException(file + ": cannot save settings: " + e.getMessage(), e);
        }
    }
}
