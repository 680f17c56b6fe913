package org.borderwatch.tiles;

import org.locationtech.jts.geom.Envelope;

/**
 * The geometry of the Web Mercator (EPSG:3857) tile pyramid: zoom 0 is one tile covering ±20,037,508.34 m in x and
 * y, each zoom level halves the tile side. Coordinates are EPSG:3857 metres; tile pixels count from the pyramid's
 * north-west corner.
 */
public final class WebMercator {

    /** Half the side of the square the pyramid covers: π times the WGS 84 semi-major axis. */
    public static final double HALF_WORLD_M = Math.PI * 6378137.0;

    private WebMercator() {}

    /** The metres one tile side covers at zoom {@code z}. */
    public static double tileSideM(int z) {
        return 2 * HALF_WORLD_M / (1L << z);
    }

    /** The square in EPSG:3857 metres that {@code tile} covers. */
    public static Envelope bounds(TileId tile) {
        double side = tileSideM(tile.z());
        double minX = -HALF_WORLD_M + tile.x() * side;
        double maxY = HALF_WORLD_M - tile.y() * side;
        return new Envelope(minX, minX + side, maxY - side, maxY);
    }

    /**
     * The zoom level whose tile pixels are nearest in size to {@code metresPerPixel} (EPSG:3857 metres per
     * device pixel), in log scale, within {@code minZoom}..{@code maxZoom}. Device pixels, not logical ones,
     * so a HiDPI screen gets the next level down and its tiles are not blown up.
     */
    public static int zoomFor(double metresPerPixel, int tileSizePx, int minZoom, int maxZoom) {
        if (!(metresPerPixel > 0))
            throw new IllegalArgumentException("metres per pixel must be positive, got " + metresPerPixel);
        double z = Math.log(2 * HALF_WORLD_M / (tileSizePx * metresPerPixel)) / Math.log(2);
        long rounded = Math.round(z);
        return (int) Math.max(minZoom, Math.min(maxZoom, rounded));
    }

    /**
     * The tiles of zoom {@code z} that {@code area} (EPSG:3857 metres) touches, as the inclusive column and row
     * ranges {@code {minX, minY, maxX, maxY}}; null when the area lies outside the pyramid.
     */
    public static int[] tileRange(Envelope area, int z) {
        double side = tileSideM(z);
        int n = 1 << z;
        int minX = (int) Math.floor((area.getMinX() + HALF_WORLD_M) / side);
        int maxX = (int) Math.floor((area.getMaxX() + HALF_WORLD_M) / side);
        int minY = (int) Math.floor((HALF_WORLD_M - area.getMaxY()) / side);
        int maxY = (int) Math.floor((HALF_WORLD_M - area.getMinY()) / side);
        if (maxX < 0 || maxY < 0 || minX >= n || minY >= n) return null;
        return new int[] {Math.max(0, minX), Math.max(0, minY), Math.min(n - 1, maxX), Math.min(n - 1, maxY)};
    }

    /** Longitude/latitude to EPSG:3857 metres (the spherical formulas the pyramid is defined by). */
    public static double[] fromLonLat(double lon, double lat) {
        double clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
        return new double[] {
            Math.toRadians(lon) * 6378137.0, Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * 6378137.0
        };
    }
}
