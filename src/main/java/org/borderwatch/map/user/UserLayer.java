package org.borderwatch.map.user;

import java.util.Objects;

/**
 * A layer the user added: what it is called, where it comes from, how it is drawn and whether it is shown. Its place
 * among the added layers is its index in the list that holds it (bottom first). Settings keep it by its source.
 * <p>
 * <b>Extension point.</b> A new kind of added layer (web tiles, an MBTiles file, an OpenStreetMap extract as a base
 * map) is a {@link LayerSource} of a new kind plus a {@link UserLayerOpener} that claims that kind and builds its map
 * {@link org.borderwatch.map.Layer}; the list, the settings, the panel's group, the order, hiding, removing and the
 * opacity of the style work for it unchanged. Fill, stroke and width apply to vector layers only.
 *
 * @param title   what the layers panel, the legend and the credit line call it
 * @param source  where it comes from
 * @param style   how it is drawn
 * @param visible whether it is shown
 */
public record UserLayer(String title, LayerSource source, UserStyle style, boolean visible) {

    /** The prefix of an added layer's name in the map model, which keeps it apart from the catalogue's. */
    public static final String NAME_PREFIX = "added:";
    /** The layers panel's group of added layers. */
    public static final String GROUP = "Added layers";

    public UserLayer {
        Objects.requireNonNull(title, "title of an added layer");
        Objects.requireNonNull(source, "source of added layer " + title);
        Objects.requireNonNull(style, "style of added layer " + title);
    }

    /** Its name in the map model: unique per source. */
    public String name() {
        return NAME_PREFIX + source.kind() + ":" + source.location();
    }

    public UserLayer withStyle(UserStyle changed) {
        return new UserLayer(title, source, changed, visible);
    }

    public UserLayer withVisible(boolean shown) {
        return new UserLayer(title, source, style, shown);
    }
}
