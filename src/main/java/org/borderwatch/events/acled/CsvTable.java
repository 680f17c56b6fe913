package org.borderwatch.events.acled;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.borderwatch.events.EventStoreException;

/**
 * A CSV file as spreadsheets and scripts leave it, decoded and split into rows with their line numbers.
 * The encoding is UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or the one given; a file that
 * is not UTF-8 is read as Windows-1252, which is what Excel writes on Windows. The delimiter is the comma,
 * semicolon or tab that the header line uses most. A quoted cell that never closes (a cut-short download, a
 * stray quote) stops the parse at its line, which is reported; parsing resumes on the next line, so the
 * complete rows on either side are kept. Commons CSV does the splitting.
 */
final class CsvTable {

    /** One row: the line it starts on (from 1) and its cells as written. */
    record Row(int line, List<String> cells) {}

    /** A stretch of the file that could not be split into rows: from {@code line}, and why. */
    record Break(int line, String message) {}

    /** Past this many, a file is more broken than whole: reading stops, so a hostile file cannot make it take minutes. */
    static final int MAX_BREAKS = 100;

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)|line:? (\\d+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    final String encoding;
    /** Why the encoding is what it is, when it was not plain UTF-8 or given; null otherwise. */
    final String encodingNote;

    final char delimiter;
    final List<String> header;
    final int headerLine;
    final List<Row> rows;
    final List<Break> breaks;

    private CsvTable(
            String encoding,
            String encodingNote,
            char delimiter,
            List<String> header,
            int headerLine,
            List<Row> rows,
            List<Break> breaks) {
        this.encoding = encoding;
        this.encodingNote = encodingNote;
        this.delimiter = delimiter;
        this.header = header;
        this.headerLine = headerLine;
        this.rows = rows;
        this.breaks = breaks;
    }

    /**
     * Decodes and splits {@code bytes}, the content of {@code file}.
     *
     * @param given the encoding to use, or null to detect it
     * @throws EventStoreException if the bytes cannot be decoded (naming the line and byte) or hold no header row
     */
    static CsvTable read(Path file, byte[] bytes, Charset given) throws EventStoreException {
        String[] encoding = new String[2];
        String text = decode(file, bytes, given, encoding);
        int[] lineStarts = lineStarts(text);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .build();
        List<Row> rows = new ArrayList<>();
        List<Break> breaks = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int baseLine = line(lineStarts, from);
            int resume = text.length();
            // skipping on a StringReader moves its index: each stretch costs its own length, not the rest of the file
            try (StringReader in = new StringReader(text);
                    CSVParser parser = format.parse(skipped(in, from))) {
                for (CSVRecord r : parser) {
                    List<String> cells = new ArrayList<>(r.size());
                    r.forEach(cells::add);
                    rows.add(new Row(line(lineStarts, from + (int) r.getCharacterPosition()), cells));
                }
            } catch (UncheckedIOException | IOException e) {
                String message =
                        e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
                int bad = baseLine + badLine(message, parser(rows, baseLine)) - 1;
                breaks.add(new Break(bad, describe(message)));
                resume = bad < lineStarts.length ? lineStarts[bad] : text.length();
                if (breaks.size() == MAX_BREAKS && resume < text.length()) {
                    breaks.add(
                            new Break(
                                    bad + 1,
                                    "reading stopped here: " + MAX_BREAKS
                                            + " stretches of the file could not be split into cells; lines from here on were not read"));
                    resume = text.length();
                }
            }
            from = resume;
        }
        if (rows.isEmpty())
            throw new EventStoreException(file, "holds no rows; a CSV file names its columns in the first row");
        Row head = rows.remove(0);
        return new CsvTable(
                encoding[0], encoding[1], delimiter, head.cells(), head.line(), List.copyOf(rows), List.copyOf(breaks));
    }

    private static StringReader skipped(StringReader in, int chars) throws IOException {
        in.skip(chars);
        return in;
    }

    /** The line to blame when the parser's message names none: the one after the last row read in this stretch. */
    private static int parser(List<Row> rows, int baseLine) {
        return rows.isEmpty() ? 1 : Math.max(1, rows.get(rows.size() - 1).line() - baseLine + 2);
    }

    private static int badLine(String message, int fallback) {
        Matcher m = START_LINE.matcher(message == null ? "" : message);
        if (!m.find()) return fallback;
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String describe(String message) {
        if (message != null && message.contains("EOF reached before encapsulated token finished"))
            return "a quoted cell opens here and never closes (the file may be cut short, or a quote is stray); "
                    + "the lines it swallowed were read again from the next line";
        if (message != null
                && message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter"))
            return "text follows a closing quote before the next delimiter; this line was skipped";
        return "cannot be split into cells (" + message + "); this line was skipped";
    }

    private static String decode(Path file, byte[] bytes, Charset given, String[] encoding) throws EventStoreException {
        if (given != null) {
            encoding[0] = given.name();
            int skip = given.equals(StandardCharsets.UTF_8) && hasUtf8Mark(bytes) ? 3 : 0;
            return strict(file, bytes, skip, given, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            encoding[0] = "UTF-16LE";
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            encoding[0] = "UTF-16BE";
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        int skip = hasUtf8Mark(bytes) ? 3 : 0;
        int bad = firstUndecodable(bytes, skip, StandardCharsets.UTF_8);
        if (bad < 0) {
            encoding[0] = "UTF-8";
            return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        }
        encoding[0] = "windows-1252";
        encoding[1] = "not UTF-8 (" + where(bytes, bad) + "); read as Windows-1252, as Excel saves CSV on Windows; "
                + "give --encoding if that is wrong";
        return strict(file, bytes, skip, WINDOWS_1252, false);
    }

    private static boolean hasUtf8Mark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static String strict(Path file, byte[] bytes, int skip, Charset charset, boolean given)
            throws EventStoreException {
        try {
            return decoder(charset)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            int bad = firstUndecodable(bytes, skip, charset);
            throw new EventStoreException(
                    file,
                    where(bytes, bad) + " cannot be read as " + charset.name() + (given ? "" : " (nor as UTF-8)")
                            + "; give the file's encoding with --encoding");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Offset of the first byte {@code charset} cannot decode, or -1. */
    private static int firstUndecodable(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder d = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) {
                r = d.flush(out);
                return r.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** "line 3, byte 0xE9 at offset 1,204". */
    private static String where(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return String.format(
                java.util.Locale.ROOT, "line %d, byte 0x%02X at offset %,d", line, bytes[offset] & 0xff, offset);
    }

    /** Offsets where each line starts; a line ends at \n, \r\n or a lone \r (old Mac Excel). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The line (from 1) holding character {@code offset}. */
    private static int line(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The comma, semicolon or tab the first line uses most outside quotes; the comma when none. */
    private static char delimiter(String text) {
        int commas = 0, semicolons = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons > commas) return ';';
        return ',';
    }
}
