package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class GifOutputTest {

    private static BufferedImage filled(Color c, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void animatedGifHasEveryFrameItsDelayAndLoopsForever() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifOutput.write(
                List.of(filled(Color.RED, 64, 48), filled(Color.BLUE, 64, 48), filled(Color.GREEN, 64, 48)),
                250,
                bytes);
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(iis);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(new Color(reader.read(1).getRGB(5, 5))).isEqualTo(Color.BLUE);
            IIOMetadataNode first =
                    (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode gce = (IIOMetadataNode)
                    first.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(gce.getAttribute("delayTime")).isEqualTo("25");
            IIOMetadataNode app = (IIOMetadataNode)
                    first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat((byte[]) app.getUserObject()).containsExactly(1, 0, 0);
        }
    }

    @Test
    void framesWiderThanTheGifLimitAreScaledDownKeepingTheirShape() {
        BufferedImage small = GifOutput.fit(filled(Color.RED, 3840, 2160));
        assertThat(small.getWidth()).isEqualTo(GifOutput.MAX_WIDTH_PX);
        assertThat(small.getHeight()).isEqualTo(720);
    }
}
