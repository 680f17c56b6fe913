package org.borderwatch.export;

/**
 * The area to export: a box in WGS 84 longitude/latitude, or in the units of the display CRS
 * when {@code inDisplayCrs}. The exported map shows at least this box; it is widened on one axis
 * to the shape of the map frame so nothing is stretched.
 */
public record Extent(double minX, double minY, double maxX, double maxY, boolean inDisplayCrs) {

    public Extent {
        if (!(minX < maxX) || !(minY < maxY))
            throw new IllegalArgumentException("extent needs min < max on both axes, got " + this);
        if (!inDisplayCrs && (minX < -180 || maxX > 180 || minY < -90 || maxY > 90))
            throw new IllegalArgumentException("longitude/latitude extent out of range: " + this);
    }

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat} (or x/y in the display CRS).
     *
     * @throws IllegalArgumentException naming the text when it is not four numbers in that order
     */
    public static Extent parse(String text, boolean inDisplayCrs) {
        String[] parts = text.split(",");
        if (parts.length != 4)
            throw new IllegalArgumentException(
                    "bbox \"" + text + "\" must be four numbers minLon,minLat,maxLon,maxLat");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "bbox \"" + text + "\": \"" + parts[i].trim() + "\" is not a number", e);
            }
        }
        return new Extent(v[0], v[1], v[2], v[3], inDisplayCrs);
    }

    @Override
    public String toString() {
        return minX + "," + minY + "," + maxX + "," + maxY + (inDisplayCrs ? " (display CRS)" : " (lon/lat)");
    }
}
