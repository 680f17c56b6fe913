package org.borderwatch.export;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Writes a page as PNG: the pixels deflated on every core by pngencoder, tEXt chunks for Software
 * and Creation Time and iTXt chunks for Title and Description (what image viewers show), an iTXt
 * chunk with the parameters as UTF-8 JSON, and pHYs with the resolution so print tools size it right.
 * The parameters are read back through ImageIO.
 */
final class PngOutput {
    private static final String FORMAT = "javax_imageio_png_1.0";
    /**
     * Deflate's fastest level. A map is flat fills with antialiased edges: its unfiltered rows deflate at
     * level 1 to the size ImageIO's filtered rows reached before (2.76 MB for the 4K benchmark page) for
     * half the CPU. Levels 2 and 3 were 2 % and 5 % smaller for up to 8 % more CPU; pngencoder's row
     * filters (its "predictor") made the file 24 % larger and the encoding three times slower.
     */
    private static final int COMPRESSION_LEVEL = 1;

    private PngOutput() {}

    /** Paints the page into an RGB image, white underneath. */
    static BufferedImage render(PageContent content, PageSize size) {
        BufferedImage image = new BufferedImage(size.widthPx(), size.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            content.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Encodes {@code image} with its resolution and {@code info} as text chunks.
     *
     * @throws IOException if {@code out} fails
     */
    static void write(BufferedImage image, PageSize size, DocumentInfo info, OutputStream out) throws IOException {
        PngTextChunks withText = new PngTextChunks(
                out,
                PngTextChunks.text("Software", info.software()),
                PngTextChunks.text("Creation Time", info.created().toString()),
                // tEXt is Latin-1 only: titles with other letters go in iTXt, which viewers also read
                PngTextChunks.internationalText("Title", info.title()),
                PngTextChunks.internationalText("Description", info.subtitle()),
                PngTextChunks.internationalText(MetadataJson.KEY, info.parametersJson()));
        int perMetre = (int) Math.round(size.dpi() / 0.0254);
        PngEncoder encoder = new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(COMPRESSION_LEVEL)
                .withPredictorEncoding(false)
                .withMultiThreadedCompressionEnabled(true)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.pixelsPerMeter(perMetre));
        try {
            encoder.toStream(withText);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        withText.finish();
    }

    /** The parameters JSON of a PNG written here, or null when it has none. */
    static String readParameters(InputStream in) throws IOException {
        try (ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            var readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, false);
                Node root = reader.getImageMetadata(0).getAsTree(FORMAT);
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!n.getNodeName().equals("iTXt")) continue;
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        IIOMetadataNode entry = (IIOMetadataNode) e;
                        if (MetadataJson.KEY.equals(entry.getAttribute("keyword"))) return entry.getAttribute("text");
                    }
                }
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
