package org.borderwatch.export;

import java.awt.RenderingHints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes a page as SVG through JFreeSVG: shapes stay vector and strings stay {@code <text>}
 * elements, so the figure can be edited and searched. A {@code <title>}, {@code <desc>} and a
 * {@code <metadata>} element with the parameters JSON are added at the top of the document.
 */
final class SvgOutput {
    static final String NAMESPACE = "https://borderwatch.org/ns/export";

    private SvgOutput() {}

    static void write(PageContent content, PageSize size, DocumentInfo info, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(size.widthPx(), size.heightPx());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        content.paint(g);
        // the element alone: JFreeSVG's document adds a DOCTYPE that makes XML readers fetch the DTD from w3.org
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement();
        int openTag = svg.indexOf("<svg");
        int afterOpen = svg.indexOf('>', openTag) + 1;
        String head = "<title>" + escape(info.title()) + "</title><desc>" + escape(info.subtitle()) + "</desc>"
                + "<metadata><bw:" + MetadataJson.KEY + " xmlns:bw=\"" + NAMESPACE + "\" software=\""
                + escape(info.software()) + "\" created=\"" + info.created() + "\">" + escape(info.parametersJson())
                + "</bw:" + MetadataJson.KEY + "></metadata>";
        out.write((svg.substring(0, afterOpen) + head + svg.substring(afterOpen)).getBytes(StandardCharsets.UTF_8));
    }

    /** The parameters JSON of an SVG written here, or null when it has none. */
    static String readParameters(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList found = doc.getElementsByTagNameNS(NAMESPACE, MetadataJson.KEY);
            return found.getLength() == 0 ? null : ((Element) found.item(0)).getTextContent();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a well-formed SVG: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
