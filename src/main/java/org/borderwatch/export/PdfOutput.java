package org.borderwatch.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes a page as a one-page vector PDF through PDFBox's Graphics2D bridge. DejaVu Sans is
 * embedded (subset) so the text is real and searchable, not outlines; the document information
 * carries the title, subject, creator and the parameters JSON under a custom key.
 */
final class PdfOutput {
    /** Debian's fonts-dejavu-core; the same family the painters ask for, so metrics agree. */
    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private static final List<String> FONTS =
            List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf");

    private PdfOutput() {}

    /** @throws IOException if the DejaVu fonts are missing (install fonts-dejavu-core) or writing fails */
    static void write(PageContent content, PageSize size, DocumentInfo info, OutputStream out) throws IOException {
        for (String f : FONTS)
            if (!Files.isRegularFile(FONT_DIR.resolve(f)))
                throw new IOException(
                        "font " + FONT_DIR.resolve(f) + " is missing; install fonts-dejavu-core to write PDF");
        try (PDDocument doc = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PDPage page = new PDPage(new PDRectangle(size.widthPt(), size.heightPt()));
            doc.addPage(page);
            for (String f : FONTS) fonts.registerFont(FONT_DIR.resolve(f).toFile());
            // Java's logical fonts are DejaVu on Debian; registered under their names they embed as text too
            for (String logical : List.of(Font.SANS_SERIF, Font.DIALOG)) {
                fonts.registerFont(
                        logical + ".plain", FONT_DIR.resolve("DejaVuSans.ttf").toFile());
                fonts.registerFont(
                        logical + ".bold",
                        FONT_DIR.resolve("DejaVuSans-Bold.ttf").toFile());
                fonts.registerFont(
                        logical + ".italic",
                        FONT_DIR.resolve("DejaVuSans-Oblique.ttf").toFile());
                fonts.registerFont(
                        logical + ".bolditalic",
                        FONT_DIR.resolve("DejaVuSans-BoldOblique.ttf").toFile());
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.widthPt(), size.heightPt());
            g.setFontTextDrawer(fonts);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // the page is laid out in device pixels at the preset's DPI; PDF user space is points
            g.scale(72 / size.dpi(), 72 / size.dpi());
            content.paint(g);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            PDDocumentInformation di = doc.getDocumentInformation();
            di.setTitle(info.title());
            di.setSubject(info.subtitle());
            di.setCreator(info.software());
            di.setProducer(info.software() + " (PDFBox)");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(info.created().toEpochMilli());
            di.setCreationDate(created);
            di.setCustomMetadataValue(MetadataJson.KEY, info.parametersJson());
            doc.save(out);
        }
    }

    /** The parameters JSON of a PDF written here, or null when it has none. */
    static String readParameters(InputStream in) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            return doc.getDocumentInformation().getCustomMetadataValue(MetadataJson.KEY);
        }
    }
}
