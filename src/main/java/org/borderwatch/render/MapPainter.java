package org.borderwatch.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.furniture.Attribution;
import org.borderwatch.render.furniture.Graticule;
import org.borderwatch.render.furniture.Legend;
import org.borderwatch.render.furniture.NorthArrow;
import org.borderwatch.render.furniture.ScaleBar;
import org.borderwatch.render.label.LabelLayout;
import org.borderwatch.render.label.LabelPlacer;
import org.borderwatch.render.raster.BufferRasterizer;
import org.borderwatch.render.style.StyleSelector;
import org.borderwatch.render.style.SymbolizerPainter;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.TransformException;

/**
 * Paints a map frame onto any Graphics2D: the screen buffer, a PNG, an SVG or a PDF page.
 * Layers are drawn bottom first, then the Ground Safety Zone, event markers and crossings (the
 * border regime of the frame's day), then labels (so no feature covers them), then the furniture.
 * Geometries are read and reprojected once per display CRS and kept, so the first
 * frame of a model pays for reading its layers and later frames only draw; call {@link #prepare}
 * on a background thread to pay that up front. On raster outputs the layers are kept drawn a margin
 * beyond the frame with their labels' layout, so a pan at the same scale of the same model only fits
 * that layout into the frame ({@code LayerBuffer}); a changed model (a new instance) or scale redraws
 * every layer.
 * Not thread-safe; use one instance per render thread.
 */
public final class MapPainter {

    private static final System.Logger LOG = System.getLogger(MapPainter.class.getName());
    private static final double LEGEND_MARGIN_LOGICAL_PX = 12;

    private final GeometryCache cache = new GeometryCache();
    private final StyleSelector selector = new StyleSelector();
    private final SymbolizerPainter symbols = new SymbolizerPainter();
    private final LabelPlacer labels = new LabelPlacer();
    private final LayerPainter layerPainter = new LayerPainter(selector, symbols, labels);
    private final ScaleBar scaleBar = new ScaleBar();
    private final NorthArrow northArrow = new NorthArrow();
    private final Attribution attribution = new Attribution();
    private final Graticule graticule = new Graticule();
    private final Legend legend = new Legend();
    private final AnnotationPainter annotations = new AnnotationPainter();
    private final LayerBuffer buffer = new LayerBuffer();
    private final MarkerPainter markers = new MarkerPainter();
    private final CountPainter counts = new CountPainter();
    private final List<Rectangle2D> occupied = new ArrayList<>();

    /**
     * The areas, in frame pixels, that the last {@link #paint} covered with event markers and place labels: what an
     * export's callouts must not hide.
     */
    public List<Rectangle2D> occupied() {
        return List.copyOf(occupied);
    }

    private final RegimePainter regime = new RegimePainter();

    private final GeoImagePainter images = new GeoImagePainter();
    private final TilePainter tiles;
    /** The tile layers' arrivals counted when the layer buffer was drawn: a later arrival makes it stale. */
    private long bufferTileVersion;

    /** A painter for the screen: tiles not yet in memory are drawn when they arrive, in a later frame. */
    public MapPainter() {
        this(Duration.ZERO);
    }

    /**
     * A painter that waits up to {@code tileWait} per frame for the tiles it draws: for exports, which are drawn
     * once and must hold the tiles.
     */
    public MapPainter(Duration tileWait) {
        this.tiles = new TilePainter(tileWait);
    }

    private final EventPlaces eventPlaces = new EventPlaces();
    private final LabelledPlaces placeIds = new LabelledPlaces(this::projected);

    /**
     * Reads and reprojects every layer of {@code model} into its display CRS, so the next paint only draws;
     * layers read by need ({@link LayerSources#loadsByNeed}) are read by the frames that show them.
     *
     * @throws IOException naming the layer whose features could not be read
     */
    public void prepare(MapModel model) throws IOException {
        for (Layer layer : model.layers())
            if (!layer.isRaster() && !LayerSources.loadsByNeed(layer.source())) projected(layer, model);
    }

    private ProjectedLayer projected(Layer layer, MapModel model, Viewport v) throws IOException {
        try {
            return cache.projected(layer, model.displayCrs(), v);
        } catch (IOException e) {
            throw new IOException("layer " + layer.name() + ": " + e.getMessage(), e);
        }
    }

    private ProjectedLayer projected(Layer layer, MapModel model) throws IOException {
        try {
            return cache.projected(layer, model.displayCrs());
        } catch (IOException e) {
            throw new IOException("layer " + layer.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Paints the frame into the rectangle (0, 0, viewport width, viewport height) of {@code g}.
     *
     * @throws UncheckedIOException naming the layer, if a layer not yet prepared cannot be read
     */
    public void paint(Graphics2D g, Frame frame) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            paintOn(g2, frame);
        } finally {
            g2.dispose();
        }
    }

    private void paintOn(Graphics2D g, Frame frame) {
        Viewport v = frame.viewport();
        MapModel model = frame.model();
        boolean aa = frame.options().antialiasing();
        // raster targets get point marks stamped from a pre-drawn image; vector targets (SVG, PDF) must get
        // shapes, or each point would become an embedded bitmap
        boolean raster = frame.options().target().isRaster();
        hints(g, aa);
        g.setClip(0, 0, v.widthPx(), v.heightPx());
        labels.reset();
        occupied.clear();
        LabelLayout layout;
        if (raster) {
            Point at = buffer.offset(model, v, aa, frame.options().names());
            long tileVersion = tileVersion(model);
            if (at == null || tileVersion != bufferTileVersion) {
                bufferTileVersion = tileVersion;
                Viewport bufferView = LayerBuffer.around(v);
                LabelLayout kept = buffer.labelsFor(model, bufferView);
                Graphics2D bg = buffer.imageFor(bufferView).createGraphics();
                hints(bg, aa);
                paintLayers(
                        bg,
                        model,
                        bufferView,
                        true,
                        aa ? buffer.rasterizer() : null,
                        frame.options().names());
                bg.dispose();
                buffer.drawn(model, bufferView, aa, frame.options().names(), labels.layout(kept));
                at = new Point(LayerBuffer.MARGIN_PX, LayerBuffer.MARGIN_PX);
            }
            g.drawImage(buffer.imageWithRows(at.y, at.y + v.heightPx()), -at.x, -at.y, null);
            layout = buffer.labels().movedBy(-at.x, -at.y);
        } else {
            paintLayers(g, model, v, false, null, frame.options().names());
            layout = labels.layout();
        }
        // the zone under the markers, the crossings over them: a crossing's status is what the figure is about
        regime.paintZone(g, frame);
        // the links to places other reports give go under the markers, so the event's own symbol stays whole
        eventPlaces.paintAlternatives(g, frame, footprint -> {
            labels.reserve(footprint);
            occupied.add(footprint);
        });
        paintMarkers(g, frame);
        regime.paintCrossings(g, frame, footprint -> {
            labels.reserve(footprint);
            occupied.add(footprint);
        });
        FrameOptions o = frame.options();
        double legendXY = LEGEND_MARGIN_LOGICAL_PX * v.pixelScale();
        try {
            // furniture areas are known before labels are placed so labels keep clear of them
            List<Rectangle2D> furniture = new ArrayList<>();
            if (o.scaleBar()) furniture.add(scaleBar.area(v));
            if (o.northArrow()) furniture.add(northArrow.area(v));
            furniture.forEach(labels::reserve);
            // under the place labels, so no line crosses a name; its edge labels keep off the furniture, and the
            // place labels off them
            if (o.graticule()) graticule.paint(g, v, furniture, raster).forEach(labels::reserve);
            if (o.attribution()) labels.reserve(attribution.area(v, model.attributionAt(v.scaleDenominator())));
            if (o.legend())
                labels.reserve(legend.area(
                        Legend.drawnAt(model.layers(), v.scaleDenominator()), legendXY, legendXY, v.pixelScale()));
            // the sites events sit at are named first, then the layers' labels fit around them in the same pass
            List<LabelPlacer.Placed> placed = new ArrayList<>(labels.placeAhead(
                    eventPlaces.siteLabels(frame, () -> placeIds.labelledBy(model, v.scaleDenominator())),
                    v.widthPx(),
                    v.heightPx()));
            placed.addAll(labels.place(layout, v.widthPx(), v.heightPx()));
            placed.forEach(p -> occupied.add(p.bounds()));
            labels.paint(g, placed, raster);
            // the user's own marks go over the place names: they are what the figure is about
            annotations.paint(g, frame);
            if (o.scaleBar()) scaleBar.paint(g, v, raster);
            if (o.northArrow()) northArrow.paint(g, v, raster);
        } catch (TransformException e) {
            LOG.log(
                    Level.WARNING,
                    "map furniture not drawn: the map lies outside the valid area of {0}: {1}",
                    model.displayCrs().getName(),
                    e.getMessage());
        }
        if (o.attribution()) attribution.paint(g, v, model.attributionAt(v.scaleDenominator()), raster);
        if (o.legend())
            legend.paint(
                    g,
                    Legend.drawnAt(model.layers(), v.scaleDenominator()),
                    legendXY,
                    legendXY,
                    v.pixelScale(),
                    raster);
    }

    /**
     * Event markers go over the layers and under the labels, and labels keep clear of them.
     *
     * @throws IllegalStateException if GeoTools has no transform from WGS 84 to the display CRS
     */
    private void paintMarkers(Graphics2D g, Frame frame) {
        if (frame.events().isEmpty() && frame.counts().isEmpty()) return;
        try {
            Consumer<Rectangle2D> covered = footprint -> {
                labels.reserve(footprint);
                occupied.add(footprint);
            };
            counts.paint(g, frame, covered);
            // counts stand for every event of the view: the page of them a table lists is not drawn over them
            if (!frame.events().isEmpty() && frame.counts().isEmpty()) markers.paint(g, frame, covered);
        } catch (FactoryException e) {
            throw new IllegalStateException(
                    "events cannot be drawn in " + frame.model().displayCrs().getName() + ": " + e.getMessage(), e);
        }
    }

    private static long tileVersion(MapModel model) {
        long sum = 0;
        for (Layer layer : model.layers())
            if (layer.tiles() != null && layer.visible()) sum += layer.tiles().version();
        return sum;
    }

    private static void hints(Graphics2D g, boolean aa) {
        g.setRenderingHint(
                RenderingHints.KEY_ANTIALIASING,
                aa ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * The background and every visible layer; label candidates go to the placer. {@code direct},
     * when given, draws what it can of them straight into the image of {@code g}, and may still
     * hold some of it when this returns.
     */
    private void paintLayers(
            Graphics2D g, MapModel model, Viewport v, boolean raster, BufferRasterizer direct, PlaceNames names) {
        if (direct != null) {
            direct.clear(model.background());
        } else {
            g.setColor(model.background());
            g.fillRect(0, 0, v.widthPx(), v.heightPx());
        }
        for (Layer layer : model.layers()) {
            if (!layer.drawnAt(v.scaleDenominator())) continue;
            try {
                if (layer.isRaster()) {
                    // images go through g: what direct holds of the layers under it must reach the image first
                    if (direct != null) direct.flush();
                    if (layer.tiles() != null) tiles.paint(g, layer, model.displayCrs(), v);
                    else images.paint(g, layer, model.displayCrs(), v, raster);
                } else if (layer.info().opacity() < 1) paintTranslucent(g, layer, model, v, raster, direct);
                else layerPainter.paint(g, projected(layer, model, v), layer.style(), v, raster, direct, names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the helper thread draws this layer while the next is read into the queue
            if (direct != null) direct.drawAhead();
        }
    }

    /**
     * A layer at less than full opacity. Pixels: drawn whole on a layer of its own, then composed at its
     * opacity, so where its own features overlap they do not show through each other. Vector outputs have
     * no off-screen layer; each shape gets the alpha.
     */
    private void paintTranslucent(
            Graphics2D g, Layer layer, MapModel model, Viewport v, boolean raster, BufferRasterizer direct)
            throws IOException {
        AlphaComposite alpha = AlphaComposite.getInstance(
                AlphaComposite.SRC_OVER, (float) layer.info().opacity());
        if (direct != null) direct.flush();
        if (!raster) {
            Graphics2D lg = (Graphics2D) g.create();
            lg.setComposite(alpha);
            layerPainter.paint(lg, projected(layer, model, v), layer.style(), v, false, null);
            lg.dispose();
            return;
        }
        BufferedImage own = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D lg = own.createGraphics();
        lg.setRenderingHints(g.getRenderingHints());
        layerPainter.paint(lg, projected(layer, model, v), layer.style(), v, true, null);
        lg.dispose();
        Graphics2D cg = (Graphics2D) g.create();
        cg.setComposite(alpha);
        cg.drawImage(own, 0, 0, null);
        cg.dispose();
    }
}
