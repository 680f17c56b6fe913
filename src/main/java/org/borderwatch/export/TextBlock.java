package org.borderwatch.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text fitted to a width by font metrics, and the box they fill once placed. Words wrap;
 * a line that still does not fit, or lines beyond the limit, end in an ellipsis, so text never
 * runs outside its box.
 */
record TextBlock(Rectangle2D box, Font font, List<String> lines, double lineHeight, double ascent) {
    private static final String ELLIPSIS = "…";

    TextBlock {
        lines = List.copyOf(lines);
    }

    /** Wraps {@code text} to {@code maxWidth}, at most {@code maxLines} lines, placed with its top left at (x, y). */
    static TextBlock wrap(
            String text, Font font, FontRenderContext frc, double x, double y, double maxWidth, int maxLines) {
        LineMetrics lm = font.getLineMetrics("Ag", frc);
        double lineHeight = Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading());
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String tried = line.length() == 0 ? word : line + " " + word;
                if (width(tried, font, frc) <= maxWidth || line.length() == 0) {
                    line.setLength(0);
                    line.append(tried);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + ELLIPSIS);
            lines = kept;
        }
        List<String> fitted = new ArrayList<>(lines.size());
        double widest = 0;
        for (String l : lines) {
            String f = elide(l, font, frc, maxWidth);
            fitted.add(f);
            widest = Math.max(widest, width(f, font, frc));
        }
        return new TextBlock(
                new Rectangle2D.Double(x, y, widest, lineHeight * fitted.size()),
                font,
                fitted,
                lineHeight,
                lm.getAscent());
    }

    /** One line, shortened with an ellipsis to fit {@code maxWidth}. */
    static TextBlock line(String text, Font font, FontRenderContext frc, double x, double y, double maxWidth) {
        return wrap(text.replace('\n', ' '), font, frc, x, y, maxWidth, 1);
    }

    /** The same lines moved so the box's top left is at (x, y). */
    TextBlock movedTo(double x, double y) {
        return new TextBlock(
                new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight()), font, lines, lineHeight, ascent);
    }

    static double width(String s, Font font, FontRenderContext frc) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth();
    }

    private static String elide(String line, Font font, FontRenderContext frc, double maxWidth) {
        if (width(line, font, frc) <= maxWidth) return line;
        String base = line.endsWith(ELLIPSIS) ? line.substring(0, line.length() - 1) : line;
        int lo = 0;
        int hi = base.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(base.substring(0, mid).stripTrailing() + ELLIPSIS, font, frc) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return base.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
