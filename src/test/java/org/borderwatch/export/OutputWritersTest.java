package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Each writer's output opens in a real reader with the size, resolution, text and metadata asked for. */
class OutputWritersTest {

    private static final String TITLE = "Banjska attack – Kosovo, 24 September 2023";
    private static final DocumentInfo INFO = new DocumentInfo(
            TITLE,
            "Serbia–Kosovo border region",
            "BorderWatch test",
            Instant.parse("2026-11-25T19:00:00Z"),
            "{\"borderwatchExport\":1,\"title\":\"Ünïcode ✓\"}");
    private static final PageContent PAGE = g -> {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 4000, 4000);
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 40));
        g.drawString(TITLE, 50, 100);
        g.fillRect(10, 10, 20, 20);
    };

    @Test
    void pngHasTheSizeResolutionPixelsAndParametersAsked() throws Exception {
        PageSize size = PageSize.parse("a4");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedImage image = PngOutput.render(PAGE, size);
        PngOutput.write(image, size, INFO, bytes);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.getWidth()).isEqualTo(3508);
        assertThat(read.getHeight()).isEqualTo(2480);
        assertThat(new Color(read.getRGB(15, 15))).isEqualTo(Color.BLACK);
        assertThat(PngOutput.readParameters(new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(INFO.parametersJson());
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(iis).next();
            reader.setInput(iis);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys =
                    (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254)
                    .isCloseTo(300, org.assertj.core.api.Assertions.within(0.1));
            NodeList itxt = root.getElementsByTagName("iTXtEntry");
            boolean titled = false;
            for (int i = 0; i < itxt.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) itxt.item(i);
                if (e.getAttribute("keyword").equals("Title"))
                    titled = e.getAttribute("text").equals(TITLE);
            }
            assertThat(titled).as("Title iTXt chunk").isTrue();
        }
    }

    @Test
    void svgIsWellFormedWithTheTitleAsRealTextAndTheParametersInMetadata() throws Exception {
        PageSize size = PageSize.parse("1920x1080");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SvgOutput.write(PAGE, size, INFO, bytes);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("1920");
        assertThat(doc.getDocumentElement().getAttribute("height")).startsWith("1080");
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        boolean found = false;
        for (int i = 0; i < texts.getLength(); i++)
            found |= texts.item(i).getTextContent().equals(TITLE);
        assertThat(found).as("title as an SVG <text> element").isTrue();
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "metadata")
                        .getLength())
                .isEqualTo(1);
        assertThat(SvgOutput.readParameters(new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(INFO.parametersJson());
    }

    @Test
    void pdfPageHasThePaperSizeSearchableTitleAndDocumentInfo() throws Exception {
        PageSize size = PageSize.parse("a3");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfOutput.write(PAGE, size, INFO, bytes);

        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth())
                    .isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.api.Assertions.within(1f));
            assertThat(box.getHeight())
                    .isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.api.Assertions.within(1f));
            assertThat(new PDFTextStripper().getText(doc)).contains(TITLE);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("BorderWatch test");
        }
        assertThat(PdfOutput.readParameters(new ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(INFO.parametersJson());
    }

    @Test
    void pdfEmbedsItsFontSoTheTextIsNotOutlines() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfOutput.write(PAGE, PageSize.parse("a4"), INFO, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            var fonts = new java.util.ArrayList<String>();
            for (var form : doc.getPage(0).getResources().getXObjectNames()) {
                var xo = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject)
                        doc.getPage(0).getResources().getXObject(form);
                for (var name : xo.getResources().getFontNames()) {
                    var font = xo.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans-Bold"));
        }
    }
}
