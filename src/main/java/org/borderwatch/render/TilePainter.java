package org.borderwatch.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.raster.GridReprojection;
import org.borderwatch.tiles.TileId;
import org.borderwatch.tiles.TileInfo;
import org.borderwatch.tiles.TileSource;
import org.borderwatch.tiles.WebMercator;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws tile layers: picks the zoom level whose tile pixels best match the frame's device pixels (so a HiDPI
 * screen or a 300 dpi export gets finer tiles), takes the tiles in memory, and reprojects their mosaic from Web
 * Mercator into the display CRS. A tile not in memory is asked for in the background and, meanwhile, its nearest
 * ancestor in memory is drawn scaled up; the frame never waits, unless it is an export's, which waits for the
 * tiles up to a deadline and draws what came. Not thread-safe; one per {@link MapPainter}.
 */
final class TilePainter {

    /** A frame wanting more tiles than this (a very wide view or a huge export) goes a zoom level coarser. */
    private static final int MAX_TILES = 600;
    /** How many levels up a missing tile's stand-in may come from. */
    private static final int MAX_ANCESTOR_LEVELS = 6;

    private static final System.Logger LOG = System.getLogger(TilePainter.class.getName());

    private final Duration wait;
    private CoordinateReferenceSystem crs;
    private MathTransform toMercator;
    private BufferedImage canvas;

    /** @param wait how long a frame waits for its tiles: zero on screen, a deadline for an export */
    TilePainter(Duration wait) {
        this.wait = wait;
    }

    /** The zoom level and tiles a frame of {@code v} draws from {@code info}'s pyramid; null when none. */
    record Plan(int z, int minX, int minY, int maxX, int maxY) {
        int cols() {
            return maxX - minX + 1;
        }

        int rows() {
            return maxY - minY + 1;
        }

        List<TileId> tiles() {
            List<TileId> ids = new ArrayList<>();
            for (int y = minY; y <= maxY; y++) for (int x = minX; x <= maxX; x++) ids.add(new TileId(z, x, y));
            return ids;
        }
    }

    /**
     * @throws IOException naming the layer, if the display CRS has no transform to Web Mercator
     */
    void paint(Graphics2D g, Layer layer, CoordinateReferenceSystem displayCrs, Viewport v) throws IOException {
        float alpha = (float) layer.info().opacity();
        if (alpha <= 0) return;
        TileSource tiles = layer.tiles();
        try {
            Plan plan = plan(tiles.info(), displayCrs, v);
            if (plan == null) return;
            if (!wait.isZero() && !tiles.await(plan.tiles(), wait))
                LOG.log(
                        System.Logger.Level.WARNING,
                        "layer {0}: tiles of {1} still missing after {2} s; drawn without them",
                        layer.name(),
                        tiles.label(),
                        wait.toSeconds());
            int size = tiles.info().tileSizePx();
            int[][] mosaic = new int[plan.cols() * plan.rows()][];
            for (TileId id : plan.tiles()) {
                BufferedImage tile = tiles.cached(id);
                if (tile == null) {
                    tiles.request(id);
                    tile = standIn(tiles, id, size);
                }
                if (tile != null && tile.getWidth() == size && tile.getHeight() == size)
                    mosaic[(id.y() - plan.minY) * plan.cols() + id.x() - plan.minX] = pixels(tile);
            }
            double side = WebMercator.tileSideM(plan.z);
            AffineTransform toPixel = new AffineTransform(
                    size / side,
                    0,
                    0,
                    -size / side,
                    (WebMercator.HALF_WORLD_M / side - plan.minX) * size,
                    (WebMercator.HALF_WORLD_M / side - plan.minY) * size);
            BufferedImage out = canvas(v.widthPx(), v.heightPx());
            int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            GridReprojection.reprojectMosaic(
                    mosaic,
                    plan.cols(),
                    plan.rows(),
                    size,
                    toPixel,
                    toMercator,
                    v.area(),
                    v.widthPx(),
                    v.heightPx(),
                    pixels);
            Graphics2D ig = (Graphics2D) g.create();
            ig.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1, alpha)));
            ig.drawImage(out, 0, 0, null);
            ig.dispose();
        } catch (FactoryException | TransformException e) {
            throw new IOException(
                    "layer " + layer.name() + ": tiles cannot be drawn in " + displayCrs.getName() + ": "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The tiles a frame of {@code v} draws; null when the view misses the pyramid's bounds.
     *
     * @throws FactoryException if the display CRS has no transform to Web Mercator
     * @throws TransformException if the view cannot be taken to Web Mercator
     */
    Plan plan(TileInfo info, CoordinateReferenceSystem displayCrs, Viewport v)
            throws FactoryException, TransformException {
        if (crs != displayCrs) {
            toMercator = CRS.findMathTransform(displayCrs, CRS.decode("EPSG:3857", true), true);
            crs = displayCrs;
        }
        ReferencedEnvelope view = v.area();
        Envelope merc = JTS.transform(view, null, toMercator, 10);
        double metresPerPixel = Math.max(merc.getWidth() / v.widthPx(), merc.getHeight() / v.heightPx());
        Envelope bounds = info.boundsLonLat();
        double[] sw = WebMercator.fromLonLat(bounds.getMinX(), bounds.getMinY());
        double[] ne = WebMercator.fromLonLat(bounds.getMaxX(), bounds.getMaxY());
        Envelope drawn = merc.intersection(new Envelope(sw[0], ne[0], sw[1], ne[1]));
        if (drawn.isNull() || drawn.getWidth() <= 0 || drawn.getHeight() <= 0) return null;
        int z = WebMercator.zoomFor(metresPerPixel, info.tileSizePx(), info.minZoom(), info.maxZoom());
        for (; ; z--) {
            int[] r = WebMercator.tileRange(drawn, z);
            if (r == null) return null;
            long count = (long) (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
            if (count <= MAX_TILES || z == 0) return new Plan(z, r[0], r[1], r[2], r[3]);
        }
    }

    /** The part of the nearest ancestor in memory that covers {@code id}, scaled up to a tile; null when none. */
    private static BufferedImage standIn(TileSource tiles, TileId id, int size) {
        TileId up = id;
        for (int k = 1; k <= MAX_ANCESTOR_LEVELS && up.z() > tiles.info().minZoom(); k++) {
            up = up.parent();
            BufferedImage parent = tiles.cached(up);
            if (parent == null) continue;
            int part = size >> k;
            if (part < 1) return null;
            int sx = (id.x() - (up.x() << k)) * part;
            int sy = (id.y() - (up.y() << k)) * part;
            BufferedImage piece = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = piece.createGraphics();
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(parent, 0, 0, size, size, sx, sy, sx + part, sy + part, null);
            g.dispose();
            return piece;
        }
        return null;
    }

    private static int[] pixels(BufferedImage tile) {
        if (tile.getType() == BufferedImage.TYPE_INT_ARGB)
            return ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        return tile.getRGB(0, 0, tile.getWidth(), tile.getHeight(), null, 0, tile.getWidth());
    }

    private BufferedImage canvas(int w, int h) {
        if (canvas == null || canvas.getWidth() != w || canvas.getHeight() != h)
            canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        return canvas;
    }
}
