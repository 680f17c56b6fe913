package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of a .dbf: record count and length, language driver and the field descriptors.
 * Sizes are checked against each other and against the file, because a lying header is the usual
 * way a .dbf goes wrong.
 *
 * @param recordCount the number of records the file really holds (the header's count, cut to the file size)
 * @param declaredRecordCount the count the header claims
 * @param headerLength offset of the first record
 * @param recordLength bytes per record, the deletion flag included
 * @param languageDriver the LDID byte, used to guess the charset when there is no .cpg
 */
record DbfHeader(
        int recordCount,
        int declaredRecordCount,
        int headerLength,
        int recordLength,
        int languageDriver,
        List<DbfField> fields) {
    private static final int DESCRIPTOR = 32;
    private static final byte TERMINATOR = 0x0D;

    /**
     * Reads the header; names are decoded with {@code names}, the table's own charset.
     *
     * @throws ShapefileFormatException when sizes disagree, a field has no width, or the header is cut short
     */
    static DbfHeader read(FileWindow window, Charset names) throws IOException {
        Path file = window.path();
        long size = window.size();
        if (size < DESCRIPTOR + 1) {
            throw new ShapefileFormatException(file, "file is " + size + " bytes, shorter than a .dbf header");
        }
        ByteBuffer b = window.range(0, DESCRIPTOR, ByteOrder.LITTLE_ENDIAN);
        int base = b.position();
        long declaredCount = b.getInt(base + 4) & 0xFFFFFFFFL;
        int headerLength = b.getShort(base + 8) & 0xFFFF;
        int recordLength = b.getShort(base + 10) & 0xFFFF;
        int ldid = b.get(base + 29) & 0xFF;
        if (headerLength < DESCRIPTOR + 1 || headerLength > size) {
            throw new ShapefileFormatException(file, "header length is " + headerLength + " bytes, file is " + size);
        }
        List<DbfField> fields = readFields(window, file, headerLength, recordLength, names);
        // A table without fields may give its records no bytes (GDAL reads it); its count is the header's
        long fit = recordLength == 0 ? declaredCount : (size - headerLength) / recordLength;
        int count = (int) Math.min(Math.min(declaredCount, fit), Integer.MAX_VALUE);
        return new DbfHeader(
                count,
                (int) Math.min(declaredCount, Integer.MAX_VALUE),
                headerLength,
                recordLength,
                ldid,
                List.copyOf(fields));
    }

    private static List<DbfField> readFields(
            FileWindow window, Path file, int headerLength, int recordLength, Charset names) throws IOException {
        ByteBuffer b = window.range(0, headerLength, ByteOrder.LITTLE_ENDIAN);
        int base = b.position();
        List<DbfField> fields = new ArrayList<>();
        int offset = 1;
        for (int at = DESCRIPTOR; at + DESCRIPTOR <= headerLength && b.get(base + at) != TERMINATOR; at += DESCRIPTOR) {
            int nameLength = 0;
            while (nameLength < 11 && b.get(base + at + nameLength) != 0) nameLength++;
            byte[] raw = new byte[nameLength];
            b.get(base + at, raw);
            String name = new String(raw, names).trim();
            char type = (char) (b.get(base + at + 11) & 0xFF);
            int width = b.get(base + at + 16) & 0xFF;
            int decimals = b.get(base + at + 17) & 0xFF;
            if (type != 'N' && type != 'F') {
                // Text fields wider than 255 bytes keep the high byte of their width in the decimals byte
                width += decimals * 256;
                decimals = 0;
            }
            int record = fields.size() + 1;
            // A field of width 0 holds nothing; GDAL reads it as a field whose values are all null
            if (offset + width > recordLength) {
                throw new ShapefileFormatException(
                        file,
                        ShapefileFormatException.NO_RECORD,
                        name,
                        "field ends at byte " + (offset + width) + " of a record, header says records are "
                                + recordLength + " bytes");
            }
            fields.add(new DbfField(name.isEmpty() ? "FIELD_" + record : name, type, width, decimals, offset));
            offset += width;
        }
        return fields;
    }

    /** Byte 29 of the header, read before the rest because it may decide how names decode. */
    static int languageDriver(FileWindow window) throws IOException {
        if (window.size() < DESCRIPTOR) return 0;
        ByteBuffer b = window.range(0, DESCRIPTOR, ByteOrder.LITTLE_ENDIAN);
        return b.get(b.position() + 29) & 0xFF;
    }

    /** Where record {@code index} (0-based) starts. */
    long recordOffset(int index) {
        return headerLength + (long) index * recordLength;
    }
}
