package org.borderwatch.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels for the selected events: a boxed title (wrapped, up to three lines) and date, place and distance from the
 * line beside each event with a
 * leader line to it. Boxes are placed greedily in selection order at the first of eight directions around the
 * event, at growing distances, that stays inside the map and clear of the furniture, of earlier boxes, of the
 * other selected events and, once the map is painted, of every marker and place label it drew
 * ({@link #avoiding}); failing that, at the position that overlaps least.
 */
final class Callouts {
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color LEADER = new Color(0x22, 0x22, 0x22, 200);
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_DATE_LINES = 4;
    /** Distances from the event tried, in steps of the base offset: far enough to clear a cluster of labels. */
    private static final int RINGS = 6;

    /** One selected event to label: where it is on the map (pixels) and what to write. */
    record Target(String id, Point2D anchor, String title, String date) {}

    /** A placed label. */
    record Placed(Target target, Rectangle2D box, TextBlock title, TextBlock date) {}

    /** What a placement is made from, kept so it can be made again around what the map drew. */
    private record Plan(
            List<Target> targets,
            double mapW,
            double mapH,
            List<Rectangle2D> keepOut,
            Font titleFont,
            Font dateFont,
            FontRenderContext frc,
            double scale) {}

    private final List<Placed> placed;
    private final Plan plan;

    private Callouts(List<Placed> placed, Plan plan) {
        this.placed = List.copyOf(placed);
        this.plan = plan;
    }

    /**
     * The same labels placed again so they also keep clear of {@code drawn} (map pixels): the markers and place labels
     * the map painter drew. The same targets are labelled; only where the boxes go changes.
     */
    Callouts avoiding(List<Rectangle2D> drawn) {
        return place(plan, drawn);
    }

    List<Placed> placed() {
        return placed;
    }

    /**
     * Places labels for the targets inside a map of {@code mapW} x {@code mapH} pixels.
     *
     * @param keepOut areas (map pixels) where furniture is drawn
     */
    static Callouts place(
            List<Target> targets,
            double mapW,
            double mapH,
            List<Rectangle2D> keepOut,
            Font titleFont,
            Font dateFont,
            FontRenderContext frc,
            double scale) {
        return place(
                new Plan(List.copyOf(targets), mapW, mapH, List.copyOf(keepOut), titleFont, dateFont, frc, scale),
                List.of());
    }

    private static Callouts place(Plan p, List<Rectangle2D> drawn) {
        double scale = p.scale();
        double pad = 4 * scale;
        double offset = 24 * scale;
        double maxW = Math.min(260 * scale, p.mapW() / 3);
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, p.mapW(), p.mapH());
        List<Rectangle2D> taken = new ArrayList<>(p.keepOut());
        List<Placed> out = new ArrayList<>();
        for (Target t : p.targets()) {
            if (!bounds.contains(t.anchor())) continue;
            TextBlock tb = TextBlock.wrap(t.title(), p.titleFont(), p.frc(), 0, 0, maxW, MAX_TITLE_LINES);
            // the date, then the place and its distance from the line, each on a line of its own (CalloutPlaces)
            TextBlock db = TextBlock.wrap(t.date(), p.dateFont(), p.frc(), 0, 0, maxW, MAX_DATE_LINES);
            double w = Math.max(tb.box().getWidth(), db.box().getWidth()) + 2 * pad;
            double h = tb.box().getHeight() + db.box().getHeight() + 2 * pad;
            Rectangle2D best = null;
            double bestOverlap = Double.MAX_VALUE;
            search:
            for (int ring = 1; ring <= RINGS; ring++) {
                for (double[] dir : DIRECTIONS) {
                    double cx = t.anchor().getX() + dir[0] * (ring * offset + w / 2);
                    double cy = t.anchor().getY() + dir[1] * (ring * offset + h / 2);
                    Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
                    if (!bounds.contains(box)) continue;
                    double overlap =
                            overlap(box, taken) + overlapWithAnchors(box, p.targets(), scale) + overlap(box, drawn);
                    if (overlap < bestOverlap) {
                        best = box;
                        bestOverlap = overlap;
                        if (overlap == 0) break search;
                    }
                }
            }
            if (best == null) continue;
            taken.add(best);
            out.add(new Placed(
                    t,
                    best,
                    tb.movedTo(best.getX() + pad, best.getY() + pad),
                    db.movedTo(best.getX() + pad, best.getY() + pad + tb.box().getHeight())));
        }
        return new Callouts(out, p);
    }

    /** Right, left, up, down, then the diagonals: the order a cartographer tries them. */
    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};

    private static double overlap(Rectangle2D box, List<Rectangle2D> others) {
        double sum = 0;
        for (Rectangle2D o : others) {
            Rectangle2D i = box.createIntersection(o);
            if (i.getWidth() > 0 && i.getHeight() > 0) sum += i.getWidth() * i.getHeight();
        }
        return sum;
    }

    /** A label must not hide another selected event's marker. */
    private static double overlapWithAnchors(Rectangle2D box, List<Target> targets, double scale) {
        double r = 14 * scale;
        double sum = 0;
        for (Target t : targets)
            if (box.intersects(t.anchor().getX() - r, t.anchor().getY() - r, 2 * r, 2 * r)) sum += 4 * r * r;
        return sum;
    }

    /** Paints the leader lines, then the boxes over them, in map pixel coordinates. */
    void paint(Graphics2D g) {
        double scale = plan.scale();
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.setStroke(new BasicStroke((float) (1.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Placed p : placed) {
                Point2D a = p.target().anchor();
                Point2D edge = nearestOnBox(p.box(), a);
                c.setColor(LEADER);
                c.draw(new Line2D.Double(a, edge));
                double r = 2.5 * scale;
                c.fill(new Ellipse2D.Double(a.getX() - r, a.getY() - r, 2 * r, 2 * r));
            }
            for (Placed p : placed) {
                c.setColor(new Color(255, 255, 255, 235));
                c.fill(p.box());
                c.setColor(INK);
                c.draw(p.box());
                drawBlock(c, p.title());
                c.setColor(new Color(0x55, 0x55, 0x55));
                drawBlock(c, p.date());
            }
        } finally {
            c.dispose();
        }
    }

    static void drawBlock(Graphics2D g, TextBlock b) {
        g.setFont(b.font());
        double y = b.box().getY() + b.ascent();
        for (String line : b.lines()) {
            g.drawString(line, (float) b.box().getX(), (float) y);
            y += b.lineHeight();
        }
    }

    private static Point2D nearestOnBox(Rectangle2D box, Point2D p) {
        double x = Math.max(box.getMinX(), Math.min(p.getX(), box.getMaxX()));
        double y = Math.max(box.getMinY(), Math.min(p.getY(), box.getMaxY()));
        return new Point2D.Double(x, y);
    }
}
