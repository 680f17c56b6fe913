package org.borderwatch.shapefile;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads .dbf records by index and decodes only the fields asked for. Blank values, dBASE's "*****"
 * numbers, "00000000" dates and "?" logicals are null; text is trimmed of surrounding spaces, and
 * blank text is null, as GDAL reads it. Not thread-safe.
 */
final class DbfReader implements AutoCloseable {
    /** Day 0 of the Julian day numbers used by '@' timestamps is 4713 BC; this is 1970-01-01. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private final FileWindow window;
    private final DbfHeader header;
    private final Charset charset;
    private final DbfCharset.Decoding decoding;
    private ByteBuffer row;
    private int rowStart;
    private int rowIndex = -1;

    private DbfReader(FileWindow window, DbfHeader header, DbfCharset.Decoding decoding) {
        this.window = window;
        this.header = header;
        this.decoding = decoding;
        this.charset = decoding.charset();
    }

    /**
     * Opens a .dbf; text decodes with {@code override} when given, else by the .cpg or the LDID byte.
     *
     * @param cpg the .cpg beside it, or null
     */
    static DbfReader open(Path dbf, Path cpg, Charset override, int bufferSize) throws IOException {
        FileWindow window = new FileWindow(dbf, bufferSize);
        try {
            DbfCharset.Decoding decoding = override != null
                    ? DbfCharset.Decoding.of(override)
                    : DbfCharset.resolve(cpg, DbfHeader.languageDriver(window));
            return new DbfReader(window, DbfHeader.read(window, decoding.charset()), decoding);
        } catch (IOException | RuntimeException e) {
            window.close();
            throw e;
        }
    }

    DbfHeader header() {
        return header;
    }

    /** How text decodes, with the warning to pass on about that choice, if any. */
    DbfCharset.Decoding decoding() {
        return decoding;
    }

    Path path() {
        return window.path();
    }

    List<DbfField> fields() {
        return header.fields();
    }

    /** Moves to record {@code index} (0-based); returns false when the record is marked deleted. */
    boolean seek(int index) throws IOException {
        // A table without fields may have records of no bytes at all, not even the deletion flag
        if (header.recordLength() == 0) return true;
        if (index != rowIndex) {
            row = window.range(header.recordOffset(index), header.recordLength(), ByteOrder.LITTLE_ENDIAN);
            rowStart = row.position();
            rowIndex = index;
        }
        return row.get(rowStart) != '*';
    }

    /**
     * Decodes one field of the current record.
     *
     * @throws ShapefileFormatException when the bytes do not hold a value of the field's type
     */
    Object value(DbfField field) throws ShapefileFormatException {
        int at = rowStart + field.offset();
        int width = field.width();
        if (width == 0) return null;
        byte[] a = row.array();
        int from = row.arrayOffset() + at;
        int to = from + width;
        return switch (field.type()) {
            case 'I', '+' -> width == 4 ? row.getInt(at) : text(a, from, to);
            case 'O' -> width == 8 ? row.getDouble(at) : text(a, from, to);
            case '@' -> width == 8 ? timestamp(row.getInt(at), row.getInt(at + 4)) : text(a, from, to);
            default -> decodeText(field, a, from, to);
        };
    }

    private Object decodeText(DbfField field, byte[] a, int from, int to) throws ShapefileFormatException {
        while (from < to && (a[from] == ' ' || a[from] == 0)) from++;
        while (to > from && (a[to - 1] == ' ' || a[to - 1] == 0)) to--;
        if (from == to) return null;
        Class<?> binding = field.binding();
        try {
            if (binding == String.class) return string(a, from, to);
            if (a[from] == '*') return null;
            if (binding == Integer.class) return (int) parseLong(a, from, to);
            if (binding == Long.class) return parseLong(a, from, to);
            if (binding == Double.class) return parseDouble(a, from, to);
            if (binding == LocalDate.class) return date(a, from, to);
            if (binding == Boolean.class) return logical(a[from]);
        } catch (NumberFormatException | DateTimeException e) {
            throw new ShapefileFormatException(
                    path(),
                    rowIndex + 1,
                    field.name(),
                    "\""
                            + new String(a, from, to - from, charset) + "\" is not a valid " + field.ogrTypeName()
                            + " (DBF type " + field.type() + ")");
        }
        return new String(a, from, to - from, charset);
    }

    /** Integer text as GDAL's atoi reads it: digits up to the first other character ("12.0" is 12). */
    private static long parseLong(byte[] a, int from, int to) {
        int i = from;
        boolean negative = a[i] == '-';
        if (a[i] == '-' || a[i] == '+') i++;
        if (i == to || a[i] < '0' || a[i] > '9') throw new NumberFormatException("not a number");
        long v = 0;
        for (; i < to && a[i] >= '0' && a[i] <= '9'; i++) v = v * 10 + (a[i] - '0');
        if (i < to && a[i] != '.') throw new NumberFormatException("not a number");
        return negative ? -v : v;
    }

    /** Powers of ten exactly representable as doubles. */
    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /**
     * Decimal text to double, correctly rounded. Plain decimals of up to 15 significant digits take
     * Clinger's fast path (an exact integer divided by an exact power of ten rounds once); anything
     * else goes to Jackson's port of FastDoubleParser, also correctly rounded. DBF numbers carry up to
     * 19 digits ("860.294999999999959"), which push the JDK's parser onto its slow big-integer path.
     */
    static double parseDouble(byte[] a, int from, int to) {
        int i = from;
        boolean negative = a[i] == '-';
        if (a[i] == '-' || a[i] == '+') i++;
        int end = to;
        int dot = -1;
        for (int k = i; k < end; k++) {
            if (a[k] == '.') {
                dot = k;
                break;
            }
        }
        if (dot >= 0) {
            while (end > dot + 1 && a[end - 1] == '0') end--;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean plain = i < end;
        for (int k = i; k < end && plain; k++) {
            byte c = a[k];
            if (c >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') digits++;
                mantissa = mantissa * 10 + (c - '0');
                if (dot >= 0 && k > dot) fraction++;
            } else if (k != dot) {
                plain = false;
            }
        }
        if (plain && digits <= 15 && fraction < EXACT_POWERS.length) {
            double v = fraction == 0 ? mantissa : mantissa / EXACT_POWERS[fraction];
            return negative ? -v : v;
        }
        return NumberInput.parseDouble(new String(a, from, to - from, StandardCharsets.ISO_8859_1), true);
    }

    private static LocalDate date(byte[] a, int from, int to) {
        String s = new String(a, from, to - from, StandardCharsets.ISO_8859_1);
        if (s.chars().allMatch(c -> c == '0')) return null;
        if (s.length() == 10 && s.charAt(4) == '-') return LocalDate.parse(s);
        if (s.length() != 8 || !s.chars().allMatch(Character::isDigit)) throw new NumberFormatException(s);
        return LocalDate.of(
                Integer.parseInt(s.substring(0, 4)),
                Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }

    private static Boolean logical(byte b) {
        return switch (b) {
            case 'T', 't', 'Y', 'y' -> Boolean.TRUE;
            case 'F', 'f', 'N', 'n' -> Boolean.FALSE;
            case '?' -> null;
            default -> throw new NumberFormatException("not a logical");
        };
    }

    private static LocalDateTime timestamp(int julianDay, int millis) {
        if (julianDay == 0 && millis == 0) return null;
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH).atTime(LocalTime.ofNanoOfDay(millis * 1_000_000L));
    }

    private String text(byte[] a, int from, int to) {
        return string(a, from, to).trim();
    }

    private String string(byte[] a, int from, int to) {
        if (decoding.utf8First() && Utf8.isValid(a, from, to))
            return new String(a, from, to - from, StandardCharsets.UTF_8);
        return new String(a, from, to - from, charset);
    }

    @Override
    public void close() throws IOException {
        window.close();
    }
}
