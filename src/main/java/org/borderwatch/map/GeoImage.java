package org.borderwatch.map;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;

/**
 * A georeferenced image in WGS 84 longitude/latitude: a PNG or JPEG and its world file (.pgw, .jgw or .wld:
 * six lines giving pixel size, rotation terms and the centre of the upper-left pixel, as GDAL writes them).
 *
 * @param file         the image
 * @param pixelToLonLat maps pixel corner coordinates (0,0 is the upper-left corner of the upper-left pixel) to lon/lat
 * @param widthPx      the image's width
 * @param heightPx     the image's height
 */
public record GeoImage(Path file, AffineTransform pixelToLonLat, int widthPx, int heightPx) {

    public GeoImage {
        Objects.requireNonNull(file, "image file");
        Objects.requireNonNull(pixelToLonLat, "georeference of " + file);
        if (widthPx <= 0 || heightPx <= 0)
            throw new IllegalArgumentException(file + ": image is " + widthPx + "x" + heightPx + " px");
    }

    /**
     * Reads the image's size and its world file beside it.
     *
     * @throws IOException naming the file, if the image cannot be decoded or its world file is missing or not six numbers
     */
    public static GeoImage open(Path image) throws IOException {
        Path world = worldFile(image);
        List<String> lines = Files.readAllLines(world, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (lines.size() != 6) throw new IOException(world + ": a world file has 6 lines, this one " + lines.size());
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            try {
                v[i] = Double.parseDouble(lines.get(i));
            } catch (NumberFormatException e) {
                throw new IOException(world + ", line " + (i + 1) + ": not a number: " + lines.get(i), e);
            }
        }
        // the world file names the centre of the upper-left pixel; shift by half a pixel to its corner
        AffineTransform t = new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
        t.translate(-0.5, -0.5);
        BufferedImage img = read(image);
        return new GeoImage(image, t, img.getWidth(), img.getHeight());
    }

    /**
     * The pixels.
     *
     * @throws IOException naming the file, if it is not an image ImageIO can decode
     */
    public BufferedImage read() throws IOException {
        return read(file);
    }

    /** The lon/lat box the image covers. */
    public Envelope bounds() {
        double[] c = {0, 0, widthPx, 0, 0, heightPx, widthPx, heightPx};
        pixelToLonLat.transform(c, 0, c, 0, 4);
        Envelope e = new Envelope();
        for (int i = 0; i < 8; i += 2) e.expandToInclude(c[i], c[i + 1]);
        return e;
    }

    private static BufferedImage read(Path image) throws IOException {
        BufferedImage img = ImageIO.read(image.toFile());
        if (img == null) throw new IOException(image + ": not a PNG or JPEG image");
        return img;
    }

    private static Path worldFile(Path image) throws IOException {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String short3 = ext.length() >= 2 ? "" + ext.charAt(0) + ext.charAt(ext.length() - 1) + "w" : "";
        for (String candidate : List.of(base + "." + short3, base + "." + ext + "w", base + ".wld")) {
            Path p = image.resolveSibling(candidate);
            if (Files.isRegularFile(p)) return p;
        }
        throw new IOException(image + ": no world file beside it (" + base + "." + short3 + " or " + base + ".wld)");
    }
}
