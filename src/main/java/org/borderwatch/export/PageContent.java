package org.borderwatch.export;

import java.awt.Graphics2D;

/** Paints a whole page in device pixels, origin top left; the writers supply the Graphics2D. */
@FunctionalInterface
interface PageContent {
    void paint(Graphics2D g);
}
