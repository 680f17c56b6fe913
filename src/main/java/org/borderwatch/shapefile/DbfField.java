package org.borderwatch.shapefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One column of a .dbf: its name, DBF type letter, width and decimals, and where it sits in a record.
 * {@link #binding()} is the Java type GDAL would give it: N/F without decimals become Integer below
 * 10 digits and Long below 19, as in GDAL's shapefile driver.
 *
 * @param offset byte offset of the value inside a record, after the deletion flag
 */
record DbfField(String name, char type, int width, int decimals, int offset) {

    Class<?> binding() {
        return switch (type) {
            case 'N', 'F' ->
                decimals > 0 ? Double.class : width < 10 ? Integer.class : width < 19 ? Long.class : Double.class;
            case 'D' -> LocalDate.class;
            case 'L' -> Boolean.class;
            case 'I', '+' -> Integer.class;
            case 'O' -> Double.class;
            case '@' -> LocalDateTime.class;
            default -> String.class;
        };
    }

    /** The OGR type name ogrinfo prints for this field ("Integer", "Integer64", "Real", ...). */
    String ogrTypeName() {
        Class<?> b = binding();
        if (b == Integer.class) return "Integer";
        if (b == Long.class) return "Integer64";
        if (b == Double.class) return "Real";
        if (b == LocalDate.class) return "Date";
        if (b == LocalDateTime.class) return "DateTime";
        if (b == Boolean.class) return "Integer(Boolean)";
        return "String";
    }
}
