package org.borderwatch.tiles;

/**
 * One tile of a Web Mercator pyramid in the XYZ scheme: zoom {@code z}, column {@code x} from the antimeridian
 * eastwards and row {@code y} from the north edge southwards (OpenStreetMap's numbering; MBTiles and TMS count
 * rows from the south and are flipped on reading).
 */
public record TileId(int z, int x, int y) {

    /** Deeper than any tile service goes, and 2^z still fits an int. */
    public static final int MAX_ZOOM = 30;

    public TileId {
        if (z < 0 || z > MAX_ZOOM) throw new IllegalArgumentException("zoom must be 0 to " + MAX_ZOOM + ", got " + z);
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n)
            throw new IllegalArgumentException(
                    "tile " + z + "/" + x + "/" + y + " is outside zoom " + z + " (0 to " + (n - 1) + ")");
    }

    /** The tile one zoom level up that holds this one. */
    public TileId parent() {
        if (z == 0) throw new IllegalStateException("tile 0/0/0 has no parent");
        return new TileId(z - 1, x >> 1, y >> 1);
    }

    /** The row as TMS and MBTiles count it, from the south edge. */
    public int tmsRow() {
        return (1 << z) - 1 - y;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
