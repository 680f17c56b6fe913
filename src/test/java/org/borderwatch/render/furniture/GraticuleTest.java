package org.borderwatch.render.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class GraticuleTest {

    private static Viewport region() throws Exception {
        ReferencedEnvelope lonLat = new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84);
        return Viewport.fit(lonLat.transform(CRS.decode("EPSG:32634", true), true), 1000, 700, 1.0);
    }

    private static List<Rectangle2D> labels(Viewport v, List<Rectangle2D> keepOut) throws Exception {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            return new Graticule().paint(g, v, keepOut, true);
        } finally {
            g.dispose();
        }
    }

    @Test
    void edgeLabelsKeepOffTheKeepOutAreasSuchAsTheScaleBar() throws Exception {
        Viewport v = region();
        List<Rectangle2D> free = labels(v, List.of());
        // a scale bar where the second longitude label would go
        Rectangle2D taken = free.get(1);
        Rectangle2D scaleBar = new Rectangle2D.Double(taken.getX() - 4, taken.getY() - 20, taken.getWidth() + 8, 40);

        List<Rectangle2D> kept = labels(v, List.of(scaleBar));

        assertThat(kept).hasSize(free.size() - 1).noneMatch(scaleBar::intersects);
    }

    @Test
    void edgeLabelsNeverOverlapOneAnother() throws Exception {
        List<Rectangle2D> boxes = labels(region(), List.of());

        for (int i = 0; i < boxes.size(); i++)
            for (int j = i + 1; j < boxes.size(); j++)
                assertThat(boxes.get(i).intersects(boxes.get(j))).isFalse();
    }
}
