package org.borderwatch.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.io.AtomicFile;

/**
 * The stores opened lately, the latest first, kept as a small JSON list beside the app's settings
 * ({@code recent-stores.json}). A file of its own rather than a field of {@link Settings}: it changes on
 * every open, in the background, while the settings are written once when the window closes.
 * Reads and writes files: call it off the FX thread. Thread-safe.
 */
public final class RecentStores {
    private static final System.Logger LOG = System.getLogger(RecentStores.class.getName());
    static final int LIMIT = 8;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public RecentStores(Path file) {
        this.file = file;
    }

    /** The list beside the settings file of {@code settings}. */
    public static RecentStores besides(SettingsStore settings) {
        return new RecentStores(settings.file().resolveSibling("recent-stores.json"));
    }

    /** The stores opened lately, the latest first; empty when there is no list yet or it cannot be read. */
    public synchronized List<StoreLocation> list() {
        try {
            List<String> names = JSON.readValue(Files.readAllBytes(file), new TypeReference<List<String>>() {});
            List<StoreLocation> locations = new ArrayList<>();
            for (String n : names) {
                if (n == null || n.isBlank()) continue;
                try {
                    locations.add(StoreLocation.parse(n));
                } catch (IllegalArgumentException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            file + ": left out \"" + n + "\" from the recent stores: " + e.getMessage());
                }
            }
            return List.copyOf(locations);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JacksonException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    file + ": the recent stores list is not valid (" + e.getOriginalMessage()
                            + "); starting a new one");
            return List.of();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": cannot read the recent stores list (" + e + ")");
            return List.of();
        }
    }

    /**
     * Puts {@code opened} first, drops older entries beyond {@link #LIMIT}, saves atomically and returns the list.
     *
     * @throws IOException if the list cannot be written; the message names the file
     */
    public synchronized List<StoreLocation> remember(StoreLocation opened) throws IOException {
        List<StoreLocation> paths = new ArrayList<>(list());
        StoreLocation absolute = opened instanceof StoreLocation.File f
                ? new StoreLocation.File(f.path().toAbsolutePath().normalize())
                : opened;
        paths.remove(absolute);
        paths.add(0, absolute);
        if (paths.size() > LIMIT) paths.subList(LIMIT, paths.size()).clear();
        // a location holds no password, so the list never does
        List<String> names = paths.stream().map(StoreLocation::text).toList();
        try {
            Files.createDirectories(file.getParent());
            byte[] json = JSON.writeValueAsBytes(names);
            AtomicFile.write(file, out -> out.write(json));
        } catch (IOException e) {
            throw new IOException(file + ": cannot save the recent stores list: " + e.getMessage(), e);
        }
        return List.copyOf(paths);
    }
}
