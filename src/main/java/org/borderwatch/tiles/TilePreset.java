package org.borderwatch.tiles;

import java.util.List;
import java.util.Locale;

/**
 * The tile services offered by name, each with the credit and the usage terms its operator asks users to honour.
 * Both are run by volunteers on donated servers: their policies ask for an honest User-Agent, caching as the
 * server's headers say, and no bulk downloading ahead of viewing, which {@link WebTiles} keeps to.
 *
 * @param id          the name {@code --tiles} takes in place of a template
 * @param title       what the settings call it
 * @param template    its tile address
 * @param maxZoom     its finest level
 * @param attribution the credit to show beside the map
 * @param terms       where the usage policy is written
 */
public record TilePreset(
        String id, String title, TileTemplate template, int maxZoom, String attribution, String terms) {

    public static final TilePreset OPENSTREETMAP = new TilePreset(
            "osm",
            "OpenStreetMap standard",
            new TileTemplate("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
            19,
            "© OpenStreetMap contributors (ODbL)",
            "https://operations.osmfoundation.org/policies/tiles/");

    public static final TilePreset OPENTOPOMAP = new TilePreset(
            "opentopomap",
            "OpenTopoMap",
            new TileTemplate("https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png"),
            17,
            "Map data © OpenStreetMap contributors, SRTM; map style © OpenTopoMap (CC-BY-SA)",
            "https://opentopomap.org/about");

    public static List<TilePreset> all() {
        return List.of(OPENSTREETMAP, OPENTOPOMAP);
    }

    /**
     * A preset named by its id, or the user's own template, credited to its server's host (the user knows the terms
     * of their own server), drawn to zoom 19.
     *
     * @throws IllegalArgumentException saying what a template needs, when {@code idOrTemplate} is neither
     */
    public static TilePreset parse(String idOrTemplate) {
        String wanted = idOrTemplate == null ? "" : idOrTemplate.strip();
        for (TilePreset p : all()) if (p.id.equals(wanted.toLowerCase(Locale.ROOT))) return p;
        TileTemplate t = new TileTemplate(wanted);
        return new TilePreset("custom", t.host(), t, 19, "Tiles: " + t.host(), "");
    }
}
