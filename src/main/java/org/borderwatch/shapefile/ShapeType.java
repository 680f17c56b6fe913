package org.borderwatch.shapefile;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The shape types of the ESRI shapefile specification, with their family and Z/M dimensions. */
enum ShapeType {
    NULL(0, Family.NULL, false, false),
    POINT(1, Family.POINT, false, false),
    POLYLINE(3, Family.POLYLINE, false, false),
    POLYGON(5, Family.POLYGON, false, false),
    MULTIPOINT(8, Family.MULTIPOINT, false, false),
    POINTZ(11, Family.POINT, true, true),
    POLYLINEZ(13, Family.POLYLINE, true, true),
    POLYGONZ(15, Family.POLYGON, true, true),
    MULTIPOINTZ(18, Family.MULTIPOINT, true, true),
    POINTM(21, Family.POINT, false, true),
    POLYLINEM(23, Family.POLYLINE, false, true),
    POLYGONM(25, Family.POLYGON, false, true),
    MULTIPOINTM(28, Family.MULTIPOINT, false, true),
    MULTIPATCH(31, Family.MULTIPATCH, true, true);

    /** Shapes that decode the same way, whatever their dimensions. */
    enum Family {
        NULL,
        POINT,
        MULTIPOINT,
        POLYLINE,
        POLYGON,
        MULTIPATCH
    }

    final int code;
    final Family family;
    final boolean hasZ;
    /** Whether the type has an M slot; a writer may still leave the optional M block out. */
    final boolean hasM;

    ShapeType(int code, Family family, boolean hasZ, boolean hasM) {
        this.code = code;
        this.family = family;
        this.hasZ = hasZ;
        this.hasM = hasM;
    }

    /** The type with this code, or null when the code is not in the specification. */
    static ShapeType of(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) return t;
        }
        return null;
    }

    /**
     * The JTS class GDAL reports for a layer of this type. Like GDAL's layer type, it names the
     * family: a feature of a Polygon layer may hold a MultiPolygon, one of a LineString layer a
     * MultiLineString.
     */
    Class<? extends Geometry> binding() {
        return switch (family) {
            case POINT -> Point.class;
            case MULTIPOINT -> MultiPoint.class;
            case POLYLINE -> LineString.class;
            case POLYGON -> Polygon.class;
            default -> Geometry.class;
        };
    }

    /**
     * The geometry type name {@code ogrinfo -so} prints, e.g. "3D Measured Point".
     * GDAL calls a Z type measured only when the header's M range is not 0..0, so the caller says.
     */
    String ogrName(boolean measured) {
        String base = switch (family) {
            case NULL -> "Unknown (any)";
            case POINT -> "Point";
            case MULTIPOINT -> "Multi Point";
            case POLYLINE -> "Line String";
            case POLYGON -> "Polygon";
            case MULTIPATCH -> "Multi Patch";
        };
        if (family == Family.NULL) return base;
        if (hasZ) return measured ? "3D Measured " + base : "3D " + base;
        if (hasM) return "Measured " + base;
        return base;
    }
}
