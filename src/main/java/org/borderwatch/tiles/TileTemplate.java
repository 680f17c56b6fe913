package org.borderwatch.tiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The address of each tile of a tile server: an XYZ template with {@code {z}}, {@code {x}}, {@code {y}} (or
 * {@code {-y}} for a TMS server, rows from the south), or the WMTS REST form with {@code {TileMatrix}},
 * {@code {TileCol}}, {@code {TileRow}} of a Web Mercator ("GoogleMapsCompatible") tile matrix set; {@code {s}} is
 * replaced by one of {@code subdomains}, the same one for the same tile so a cache along the way serves it again.
 *
 * @param template   the template as the user gave it
 * @param subdomains what {@code {s}} stands for; a, b and c when the template has {@code {s}} and none are given
 */
public record TileTemplate(String template, List<String> subdomains) {

    public TileTemplate {
        if (template == null || template.isBlank()) throw new IllegalArgumentException("a tile URL template is empty");
        template = template.strip();
        String lower = template.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://"))
            throw new IllegalArgumentException(
                    "tile URL template " + template + ": must start with http:// or https://");
        boolean xyz = template.contains("{z}")
                && template.contains("{x}")
                && (template.contains("{y}") || template.contains("{-y}"));
        boolean wmts =
                template.contains("{TileMatrix}") && template.contains("{TileCol}") && template.contains("{TileRow}");
        if (!xyz && !wmts)
            throw new IllegalArgumentException("tile URL template " + template
                    + ": needs {z}, {x} and {y}, or WMTS's {TileMatrix}, {TileCol} and {TileRow}");
        subdomains = subdomains == null || subdomains.isEmpty()
                ? (template.contains("{s}") ? List.of("a", "b", "c") : List.of())
                : List.copyOf(subdomains);
        try {
            URI host = new URI(fill(template, new TileId(0, 0, 0), subdomains));
            if (host.getHost() == null) throw new URISyntaxException(template, "no host");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("tile URL template " + template + ": not a URL: " + e.getMessage(), e);
        }
    }

    public TileTemplate(String template) {
        this(template, List.of());
    }

    public URI uri(TileId id) {
        return URI.create(fill(template, id, subdomains));
    }

    /** The server's host, as messages name it. */
    public String host() {
        return uri(new TileId(0, 0, 0)).getHost();
    }

    private static String fill(String template, TileId id, List<String> subdomains) {
        String s = subdomains.isEmpty() ? "" : subdomains.get(Math.floorMod(id.x() + id.y(), subdomains.size()));
        return template.replace("{s}", s)
                .replace("{z}", Integer.toString(id.z()))
                .replace("{x}", Integer.toString(id.x()))
                .replace("{-y}", Integer.toString(id.tmsRow()))
                .replace("{y}", Integer.toString(id.y()))
                .replace("{TileMatrix}", Integer.toString(id.z()))
                .replace("{TileCol}", Integer.toString(id.x()))
                .replace("{TileRow}", Integer.toString(id.y()));
    }
}
