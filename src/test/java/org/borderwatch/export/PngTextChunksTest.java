package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pngencoder.PngEncoder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class PngTextChunksTest {

    private static final String UNICODE = "Косово – Србија ✓, 24 září";

    @Test
    void insertsTheChunksRightAfterIhdrWithValidCrcs() throws Exception {
        byte[] png = encode(
                new ByteArrayOutputStream(),
                PngTextChunks.text("Software", "BorderWatch 1.0"),
                PngTextChunks.internationalText("Title", UNICODE));

        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertThat(b.getInt()).as("CRC of " + type).isEqualTo((int) crc.getValue());
            types.add(type);
        }
        assertThat(types.subList(0, 3)).containsExactly("IHDR", "tEXt", "iTXt");
        assertThat(types).endsWith("IDAT", "IEND");
    }

    @Test
    void imageIoReadsTheLatinAndTheCompressedUnicodeTextAndThePixels() throws Exception {
        byte[] png = encode(
                new ByteArrayOutputStream(),
                PngTextChunks.text("Creation Time", "2026-11-25T19:00:00Z"),
                PngTextChunks.internationalText("Description", UNICODE));

        Map<String, String> text = new LinkedHashMap<>();
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(iis).next();
            reader.setInput(iis);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList latin = root.getElementsByTagName("tEXtEntry");
            for (int i = 0; i < latin.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) latin.item(i);
                text.put(e.getAttribute("keyword"), e.getAttribute("value"));
            }
            NodeList international = root.getElementsByTagName("iTXtEntry");
            for (int i = 0; i < international.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) international.item(i);
                assertThat(e.getAttribute("compressionFlag")).isEqualTo("TRUE");
                text.put(e.getAttribute("keyword"), e.getAttribute("text"));
            }
            BufferedImage read = reader.read(0);
            assertThat(new Color(read.getRGB(3, 2))).isEqualTo(Color.RED);
        }
        assertThat(text).containsEntry("Creation Time", "2026-11-25T19:00:00Z").containsEntry("Description", UNICODE);
    }

    @Test
    void findsTheHeaderWhenTheEncoderWritesOneByteAtATime() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        PngTextChunks withText = new PngTextChunks(whole, PngTextChunks.text("Software", "x"));
        for (byte b : encode(new ByteArrayOutputStream())) withText.write(b & 0xFF);
        withText.finish();
        assertThat(ImageIO.read(new ByteArrayInputStream(whole.toByteArray())).getWidth())
                .isEqualTo(8);
        assertThat(new String(whole.toByteArray(), StandardCharsets.ISO_8859_1)).contains("tEXtSoftware\0x");
    }

    @Test
    void refusesAStreamThatIsNotAPng() {
        PngTextChunks withText = new PngTextChunks(new ByteArrayOutputStream(), PngTextChunks.text("Software", "x"));
        assertThatThrownBy(() -> withText.write(new byte[40], 0, 40))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("IHDR");
    }

    @Test
    void finishFailsWhenThePngEndedBeforeItsHeader() throws Exception {
        PngTextChunks withText = new PngTextChunks(new ByteArrayOutputStream(), PngTextChunks.text("Software", "x"));
        withText.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThatThrownBy(withText::finish).isInstanceOf(IOException.class).hasMessageContaining("4 bytes");
    }

    @Test
    void rejectsKeywordsThePngSpecForbids() {
        assertThatThrownBy(() -> PngTextChunks.text("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngTextChunks.text(" Title", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngTextChunks.internationalText("a".repeat(80), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-79");
        assertThatThrownBy(() -> PngTextChunks.internationalText("Tit\u0000le", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An 8x6 PNG from pngencoder, through the inserter when chunks are given. */
    private static byte[] encode(ByteArrayOutputStream out, byte[]... chunks) throws IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, Color.RED.getRGB());
        PngEncoder encoder = new PngEncoder().withBufferedImage(image);
        if (chunks.length == 0) {
            encoder.toStream(out);
        } else {
            PngTextChunks withText = new PngTextChunks(out, chunks);
            encoder.toStream(withText);
            withText.finish();
        }
        return out.toByteArray();
    }
}
