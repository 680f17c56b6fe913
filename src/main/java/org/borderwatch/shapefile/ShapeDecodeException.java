package org.borderwatch.shapefile;

/**
 * A record whose shape cannot become a geometry. Decoders throw it with only the problem; the
 * reader, which knows file and record, turns it into a {@link ShapefileFormatException}.
 */
final class ShapeDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    ShapeDecodeException(String problem) {
        super(problem);
    }
}
