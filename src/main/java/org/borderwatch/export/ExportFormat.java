package org.borderwatch.export;

import java.nio.file.Path;
import java.util.Locale;
import org.borderwatch.render.RenderTarget;

/** The file types an export writes: a raster PNG, or vector SVG and PDF with real text. */
public enum ExportFormat {
    PNG,
    SVG,
    PDF;

    /** What the page is painted into: pixels for PNG, shapes and text for SVG and PDF. */
    public RenderTarget target() {
        return this == PNG ? RenderTarget.RASTER : RenderTarget.VECTOR;
    }

    /** The lower-case file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a file name asks for by its extension.
     *
     * @throws IllegalArgumentException if the name ends in none of .png, .svg, .pdf
     */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (name.endsWith("." + f.extension())) return f;
        throw new IllegalArgumentException(file + ": cannot tell the format from the name; use .png, .svg or .pdf");
    }
}
