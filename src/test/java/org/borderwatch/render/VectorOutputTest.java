package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.map.Viewport;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class VectorOutputTest {

    @Test
    void svgOutputGetsVectorShapesAndTextNotBitmaps() {
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        SVGGraphics2D svg = new SVGGraphics2D(800, 600);
        new MapPainter()
                .paint(
                        svg,
                        Frame.of(TestRegion.model(), v)
                                .withOptions(FrameOptions.STANDARD.withTarget(RenderTarget.VECTOR)));
        String doc = svg.getSVGDocument();
        assertThat(doc).doesNotContain("<image");
        assertThat(doc).contains("<path");
        // the place dots are drawn as ellipses in the vector output, not stamped
        assertThat(doc).containsPattern("<(ellipse|circle)");
    }
}
