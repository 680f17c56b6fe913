package org.borderwatch.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

/**
 * Streams the rows of one feature table as features, skipping (and recording) each row whose geometry blob or one of
 * whose values cannot be read. With a box, it selects row ids from the R-tree, or, without one, drops rows whose blob
 * envelope lies outside before decoding their WKB. Not thread-safe; one connection of its own, closed with it.
 */
final class GeoPackageFeatureReader implements FeatureReader<SimpleFeatureType, SimpleFeature> {
    private final Path file;
    private final FeatureTable table;
    private final SimpleFeatureType schema;
    private final Connection connection;
    private final Envelope box;
    private final Consumer<List<GeoPackageFormatException>> onClose;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final SimpleFeatureBuilder builder;
    private final WKBReader wkb = new WKBReader(new GeometryFactory());
    private final List<GeoPackageFormatException> problems = new ArrayList<>();
    private SimpleFeature next;
    /** The last row's id: rows come in rowid order, so an id that does not grow means a damaged table. */
    private long lastId = Long.MIN_VALUE;

    private boolean closed;

    GeoPackageFeatureReader(
            Path file,
            FeatureTable table,
            SimpleFeatureType schema,
            Connection connection,
            Envelope box,
            Consumer<List<GeoPackageFormatException>> onClose)
            throws IOException {
        this.file = file;
        this.table = table;
        this.schema = schema;
        this.connection = connection;
        this.box = box;
        this.onClose = onClose;
        this.builder = new SimpleFeatureBuilder(schema);
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(FeatureTable.quote(table.primaryKey()))
                .append(", ")
                .append(FeatureTable.quote(table.geometryColumn()));
        for (Column c : table.columns()) sql.append(", ").append(FeatureTable.quote(c.name()));
        sql.append(" FROM ").append(FeatureTable.quote(table.table()));
        boolean indexed = box != null && table.rtree() != null;
        if (indexed)
            sql.append(" WHERE ")
                    .append(FeatureTable.quote(table.primaryKey()))
                    .append(" IN (SELECT id FROM ")
                    .append(FeatureTable.quote(table.rtree()))
                    .append(" WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
        sql.append(" ORDER BY ").append(FeatureTable.quote(table.primaryKey()));
        try {
            statement = connection.prepareStatement(sql.toString());
            if (indexed) {
                statement.setDouble(1, box.getMaxX());
                statement.setDouble(2, box.getMinX());
                statement.setDouble(3, box.getMaxY());
                statement.setDouble(4, box.getMinY());
            }
            rows = statement.executeQuery();
        } catch (SQLException e) {
            closeQuietly();
            throw new GeoPackageFormatException(file, table.table(), -1, null, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public SimpleFeatureType getFeatureType() {
        return schema;
    }

    @Override
    public boolean hasNext() throws IOException {
        while (next == null && !closed) {
            try {
                if (!rows.next()) {
                    close();
                    return false;
                }
                next = feature();
            } catch (SQLException e) {
                throw new GeoPackageFormatException(file, table.table(), -1, null, "cannot be read: " + e.getMessage());
            }
        }
        return next != null;
    }

    @Override
    public SimpleFeature next() throws IOException {
        if (!hasNext()) throw new NoSuchElementException(file.getFileName() + ", layer " + table.table() + ": no more");
        SimpleFeature f = next;
        next = null;
        return f;
    }

    /** The current row as a feature; null when it lies outside the box or cannot be read (then recorded). */
    private SimpleFeature feature() throws SQLException {
        long id = rows.getLong(1);
        if (id <= lastId) {
            problems.add(new GeoPackageFormatException(
                    file,
                    table.table(),
                    id,
                    table.primaryKey(),
                    "row id " + id + " comes after row " + lastId
                            + " in a table read in id order; the table is damaged"));
            return null;
        }
        lastId = id;
        Geometry geometry = null;
        byte[] blob = rows.getBytes(2);
        if (blob != null) {
            try {
                GeometryBlob.Header header = GeometryBlob.header(blob);
                if (box != null && header.envelope() != null && !box.intersects(header.envelope())) return null;
                geometry = GeometryBlob.geometry(blob, header, wkb);
            } catch (GeometryBlob.BlobException e) {
                problems.add(
                        new GeoPackageFormatException(file, table.table(), id, table.geometryColumn(), e.getMessage()));
                return null;
            }
            if (geometry != null && box != null && !box.intersects(geometry.getEnvelopeInternal())) return null;
        }
        builder.reset();
        builder.set(table.geometryColumn(), geometry);
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            Object raw = rows.getObject(i + 3);
            try {
                builder.set(c.name(), value(raw, c.binding()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new GeoPackageFormatException(
                        file,
                        table.table(),
                        id,
                        c.name(),
                        "value " + shown(raw) + " is not a " + c.declared() + " (" + e.getMessage() + ")"));
                return null;
            }
        }
        return builder.buildFeature(table.table() + "." + id);
    }

    /**
     * {@code raw} as the column's type. SQLite stores any value in any column, so each is checked.
     *
     * @throws IllegalArgumentException if it does not fit the type
     */
    private static Object value(Object raw, Class<?> binding) {
        if (raw == null) return null;
        if (binding == String.class) {
            if (raw instanceof byte[]) throw new IllegalArgumentException("binary data in a text column");
            return raw.toString();
        }
        if (binding == byte[].class) {
            if (raw instanceof byte[]) return raw;
            throw new IllegalArgumentException("not binary data");
        }
        if (binding == Long.class) return integral(raw, Long.MIN_VALUE, Long.MAX_VALUE);
        if (binding == Integer.class) return (int) integral(raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (binding == Double.class) {
            if (raw instanceof Number n) return n.doubleValue();
            if (raw instanceof String s) return Double.parseDouble(s.trim());
            throw new IllegalArgumentException("binary data in a number column");
        }
        if (binding == Boolean.class) {
            long v = integral(raw, 0, 1);
            return v == 1;
        }
        if (!(raw instanceof String text)) throw new IllegalArgumentException("a date is stored as ISO 8601 text");
        if (binding == Date.class) return Date.valueOf(LocalDate.parse(text.trim()));
        String t = text.trim();
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) return Timestamp.from(Instant.parse(t));
        return Timestamp.valueOf(LocalDateTime.parse(t));
    }

    private static long integral(Object raw, long min, long max) {
        long v;
        if (raw instanceof Integer || raw instanceof Long) v = ((Number) raw).longValue();
        else if (raw instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p63) v = d.longValue();
        else if (raw instanceof String s) v = Long.parseLong(s.trim());
        else throw new IllegalArgumentException("not a whole number");
        if (v < min || v > max) throw new IllegalArgumentException(v + " is outside " + min + " to " + max);
        return v;
    }

    private static String shown(Object raw) {
        if (raw instanceof byte[] b) return "of " + b.length + " bytes";
        String s = String.valueOf(raw);
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        closeQuietly();
        onClose.accept(problems);
    }

    private void closeQuietly() {
        try {
            if (statement != null) statement.close();
        } catch (SQLException e) {
            // closing a read-only statement frees memory only; nothing was written that could be lost
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // as above: a read-only connection, nothing to lose
        }
    }
}
