package org.borderwatch.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.io.AtomicFile;
import org.borderwatch.map.user.LayerSource;
import org.borderwatch.map.user.UserLayer;
import org.borderwatch.map.user.UserStyle;

/**
 * The layers the user added, kept beside the settings ({@code added-layers.json}) by source, bottom first, with their
 * style and visibility, so the next start reopens them. A broken file or entry is logged with its place and skipped,
 * never stopping the app.
 */
public final class AddedLayersFile {
    private static final System.Logger LOG = System.getLogger(AddedLayersFile.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public AddedLayersFile(Path file) {
        this.file = file;
    }

    /** The file beside the settings of {@code settings}. */
    public static AddedLayersFile besides(SettingsStore settings) {
        return new AddedLayersFile(settings.file().resolveSibling("added-layers.json"));
    }

    public Path file() {
        return file;
    }

    /** The remembered layers; none when there is no file yet or it cannot be read. */
    public List<UserLayer> load() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JacksonException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    file + ": not valid JSON (" + e.getOriginalMessage() + "); no added layers reopened");
            return List.of();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": cannot be read (" + e + "); no added layers reopened");
            return List.of();
        }
        List<UserLayer> out = new ArrayList<>();
        if (root == null || !root.isArray()) return out;
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            try {
                out.add(new UserLayer(
                        member(n, "title").asText(),
                        new LayerSource(
                                member(n, "kind").asText(),
                                member(n, "location").asText()),
                        new UserStyle(
                                Color.decode(member(n, "fill").asText()),
                                Color.decode(member(n, "stroke").asText()),
                                member(n, "strokeWidthPx").asDouble(),
                                member(n, "opacity").asDouble()),
                        n.path("visible").asBoolean(true)));
            } catch (IllegalArgumentException e) {
                // Color.decode's NumberFormatException is one too
                LOG.log(
                        System.Logger.Level.WARNING,
                        file + ", entry " + i + ": cannot be used (" + e.getMessage() + "); skipped");
            }
        }
        return out;
    }

    private static JsonNode member(JsonNode entry, String name) {
        JsonNode v = entry.get(name);
        if (v == null || v.isNull()) throw new IllegalArgumentException("\"" + name + "\" is missing");
        return v;
    }

    /**
     * Writes {@code layers} atomically.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public void save(List<UserLayer> layers) throws IOException {
        ArrayNode root = JSON.createArrayNode();
        for (UserLayer u : layers) {
            ObjectNode n = root.addObject();
            n.put("title", u.title());
            n.put("kind", u.source().kind());
            n.put("location", u.source().location());
            n.put("fill", hex(u.style().fill()));
            n.put("stroke", hex(u.style().stroke()));
            n.put("strokeWidthPx", u.style().strokeWidthPx());
            n.put("opacity", u.style().opacity());
            n.put("visible", u.visible());
        }
        try {
            Files.createDirectories(file.getParent());
            byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            AtomicFile.write(file, out -> out.write(json));
        } catch (IOException e) {
            throw new IOException(file + ": cannot save the added layers: " + e.getMessage(), e);
        }
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
