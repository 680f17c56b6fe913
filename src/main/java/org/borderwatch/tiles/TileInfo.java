package org.borderwatch.tiles;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What a tile pyramid says about itself.
 *
 * @param tileSizePx   the side of its tiles (256, or 512 for "retina" tiles)
 * @param minZoom      the coarsest level it has
 * @param maxZoom      the finest level it has
 * @param boundsLonLat the area it covers, in WGS 84 longitude/latitude
 * @param attribution  the credit its terms require beside the map; empty when it names none
 * @param terms        where its usage terms are written (a URL), empty when unknown
 */
public record TileInfo(
        int tileSizePx, int minZoom, int maxZoom, Envelope boundsLonLat, String attribution, String terms) {

    /** The whole Web Mercator square. */
    public static final Envelope WORLD = new Envelope(-180, 180, -85.0511287798, 85.0511287798);

    public TileInfo {
        if (tileSizePx < 16 || tileSizePx > 4096)
            throw new IllegalArgumentException("tile size must be 16 to 4096 px, got " + tileSizePx);
        if (minZoom < 0 || maxZoom > TileId.MAX_ZOOM || minZoom > maxZoom)
            throw new IllegalArgumentException(
                    "zoom range must lie within 0.." + TileId.MAX_ZOOM + ", got " + minZoom + ".." + maxZoom);
        Objects.requireNonNull(boundsLonLat, "bounds");
        attribution = attribution == null ? "" : attribution;
        terms = terms == null ? "" : terms;
    }
}
