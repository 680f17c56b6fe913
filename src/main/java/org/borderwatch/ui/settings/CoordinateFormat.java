package org.borderwatch.ui.settings;

import java.util.Locale;

/** How the status bar writes a latitude/longitude: decimal degrees or degrees, minutes and seconds. */
public enum CoordinateFormat {
    /** "42.88512° N  20.86543° E": five decimals are about a metre. */
    DECIMAL("Decimal degrees") {
        @Override
        String angle(double degrees) {
            return String.format(Locale.ROOT, "%.5f°", Math.abs(degrees));
        }
    },
    /** "42°53′06.4″ N  20°51′55.5″ E": a tenth of a second is about three metres. */
    DMS("Degrees, minutes, seconds") {
        @Override
        String angle(double degrees) {
            long tenths = Math.round(Math.abs(degrees) * 36000);
            return String.format(
                    Locale.ROOT, "%d°%02d′%02d.%d″", tenths / 36000, tenths / 600 % 60, tenths / 10 % 60, tenths % 10);
        }
    };

    private final String label;

    CoordinateFormat(String label) {
        this.label = label;
    }

    /** The name the View menu shows. */
    public String label() {
        return label;
    }

    /** Latitude first, as people read positions aloud, each with its hemisphere letter. */
    public String format(double lon, double lat) {
        return angle(lat) + (lat < 0 ? " S" : " N") + "  " + angle(lon) + (lon < 0 ? " W" : " E");
    }

    abstract String angle(double degrees);
}
