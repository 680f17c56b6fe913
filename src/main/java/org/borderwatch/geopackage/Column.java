package org.borderwatch.geopackage;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Locale;

/**
 * An attribute column of a feature table with the Java type its declared GeoPackage type maps to (GeoPackage 1.3,
 * table 1): INT and INTEGER are 64-bit, TINYINT to MEDIUMINT fit an int, FLOAT, DOUBLE and REAL are doubles, TEXT and
 * TEXT(n) strings, DATE and DATETIME ISO 8601 text. A type the standard does not name is read as text, as GDAL does.
 *
 * @param name     the column name
 * @param declared the type as the table declares it
 */
record Column(String name, String declared) {

    Class<?> binding() {
        String t = declared.toUpperCase(Locale.ROOT).trim();
        int paren = t.indexOf('(');
        if (paren >= 0) t = t.substring(0, paren).trim();
        return switch (t) {
            case "BOOLEAN" -> Boolean.class;
            case "TINYINT", "SMALLINT", "MEDIUMINT" -> Integer.class;
            case "INT", "INTEGER" -> Long.class;
            case "FLOAT", "DOUBLE", "REAL" -> Double.class;
            case "BLOB" -> byte[].class;
            case "DATE" -> Date.class;
            case "DATETIME" -> Timestamp.class;
            default -> String.class;
        };
    }
}
