package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks how a .dbf's text decodes: by the .cpg when there is one, else by the DBF language driver
 * byte, else as UTF-8 where the bytes are valid UTF-8 and ISO-8859-1 where they are not. That is the
 * order GDAL uses; the last rule matches what GDAL shows, since with no encoding it passes the bytes
 * on and valid UTF-8 arrives as UTF-8.
 * <p>
 * .cpg names are mapped as GDAL's shapefile driver maps them: numbers 437–950 and 1250–1258 are
 * code pages ({@code CP936} is GBK), {@code 8859x} and {@code 8859-x} are ISO-8859-x, {@code UTF8}
 * and {@code UTF-8} are UTF-8, and any other name is handed to the converter as it is ({@code Big-5},
 * {@code koi8r}). Names GDAL cannot map ({@code ANSI 1250}, {@code OEM 866}, Windows code page numbers
 * like {@code 20866}) make GDAL pass the bytes on undecoded; here they decode by the code page they
 * name, with a warning saying so.
 */
final class DbfCharset {
    /** Language driver ids (LDID) of the dBASE/ESRI tables, as GDAL maps them. */
    private static final Map<Integer, String> LDID = Map.ofEntries(
            Map.entry(0x01, "IBM437"),
            Map.entry(0x02, "IBM850"),
            Map.entry(0x03, "windows-1252"),
            Map.entry(0x04, "x-MacRoman"),
            Map.entry(0x08, "IBM865"),
            Map.entry(0x09, "IBM437"),
            Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"),
            Map.entry(0x0D, "IBM437"),
            Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"),
            Map.entry(0x10, "IBM850"),
            Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"),
            Map.entry(0x13, "x-IBM943"),
            Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"),
            Map.entry(0x16, "IBM850"),
            Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"),
            Map.entry(0x19, "IBM437"),
            Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"),
            Map.entry(0x1C, "IBM863"),
            Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"),
            Map.entry(0x22, "IBM852"),
            Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"),
            Map.entry(0x25, "IBM850"),
            Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"),
            Map.entry(0x40, "IBM852"),
            Map.entry(0x4D, "GBK"),
            Map.entry(0x4E, "x-IBM949"),
            Map.entry(0x4F, "Big5"),
            Map.entry(0x50, "x-IBM874"),
            Map.entry(0x57, "ISO-8859-1"),
            Map.entry(0x58, "windows-1252"),
            Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"),
            Map.entry(0x66, "IBM865"),
            Map.entry(0x67, "IBM861"),
            Map.entry(0x6A, "x-IBM737"),
            Map.entry(0x6B, "IBM857"),
            Map.entry(0x78, "x-IBM950"),
            Map.entry(0x79, "x-IBM949"),
            Map.entry(0x7A, "GBK"),
            Map.entry(0x7B, "Shift_JIS"),
            Map.entry(0x7C, "x-IBM874"),
            Map.entry(0x86, "x-IBM737"),
            Map.entry(0x87, "IBM852"),
            Map.entry(0x88, "IBM857"),
            Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"),
            Map.entry(0xCC, "windows-1257"));

    /** Code pages whose Java name is not CPnnn: the Microsoft double-byte and Thai pages. */
    private static final Map<Integer, String> WINDOWS_CODE_PAGES = Map.ofEntries(
            Map.entry(874, "x-windows-874"),
            Map.entry(932, "windows-31j"),
            Map.entry(936, "GBK"),
            Map.entry(949, "x-windows-949"),
            Map.entry(950, "x-windows-950"),
            Map.entry(1200, "UTF-16LE"),
            Map.entry(1201, "UTF-16BE"),
            Map.entry(10000, "x-MacRoman"),
            Map.entry(20127, "US-ASCII"),
            Map.entry(20866, "KOI8-R"),
            Map.entry(21866, "KOI8-U"),
            Map.entry(20932, "EUC-JP"),
            Map.entry(51949, "EUC-KR"),
            Map.entry(54936, "GB18030"),
            Map.entry(65001, "UTF-8"));

    private static final Pattern ISO_8859 = Pattern.compile("(?i)8859-?(\\d{1,2}).*");
    private static final Pattern CODE_PAGE = Pattern.compile("(?i)(?:ANSI|OEM|CP|WINDOWS-?)?\\s*(\\d+)\\s*");
    private static final Pattern WINDOWS_ISO_8859 = Pattern.compile("2859(\\d)|2860(\\d)");

    /**
     * How text decodes: with {@code charset}, or, when {@code utf8First}, as UTF-8 where a value is
     * valid UTF-8 and with {@code charset} where it is not.
     *
     * @param warning what the reader should be told about the choice, or null
     */
    record Decoding(Charset charset, boolean utf8First, String warning) {
        static Decoding of(Charset charset) {
            return new Decoding(charset, false, null);
        }
    }

    private DbfCharset() {}

    /**
     * The decoding for a .dbf.
     *
     * @param cpg the .cpg file, or null when there is none
     * @param languageDriver byte 29 of the .dbf header
     */
    static Decoding resolve(Path cpg, int languageDriver) throws IOException {
        if (cpg != null) {
            String declared = firstLine(Files.readString(cpg, StandardCharsets.ISO_8859_1));
            if (!declared.isEmpty()) {
                Decoding byCpg = fromCpg(declared);
                if (byCpg != null) return byCpg;
                Decoding fallback = withoutCpg(languageDriver);
                return new Decoding(
                        fallback.charset(),
                        fallback.utf8First(),
                        "names code page \""
                                + declared + "\", which is not known; text is read " + describe(fallback)
                                + " (GDAL passes the bytes on undecoded)");
            }
        }
        return withoutCpg(languageDriver);
    }

    /** How {@code decoding} reads text, for messages: "as windows-1251", "as UTF-8 where valid, else ...". */
    static String describe(Decoding decoding) {
        return decoding.utf8First()
                ? "as UTF-8 where it is valid UTF-8, else as "
                        + decoding.charset().name()
                : "as " + decoding.charset().name();
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r' && text.charAt(end) != 0)
            end++;
        return text.substring(0, end).trim();
    }

    private static Decoding withoutCpg(int languageDriver) {
        String byLdid = LDID.get(languageDriver);
        if (byLdid != null && Charset.isSupported(byLdid)) return Decoding.of(Charset.forName(byLdid));
        return new Decoding(StandardCharsets.ISO_8859_1, languageDriver == 0, null);
    }

    /** The decoding a .cpg names, or null when the name means nothing to GDAL or to Java. */
    private static Decoding fromCpg(String declared) {
        String upper = declared.toUpperCase(Locale.ROOT);
        int number = leadingNumber(declared);
        if (number >= 437 && number <= 950 || number >= 1250 && number <= 1258)
            return codePage(declared, number, false);
        Matcher iso = ISO_8859.matcher(declared);
        if (upper.startsWith("8859") && iso.matches()) return named(declared, "ISO-8859-" + iso.group(1), false);
        if (upper.startsWith("UTF-8") || upper.startsWith("UTF8")) return Decoding.of(StandardCharsets.UTF_8);
        if (upper.startsWith("ANSI 1251")) return Decoding.of(Charset.forName("windows-1251"));
        Charset direct = JavaNames.lookup(declared);
        if (direct != null) return Decoding.of(direct);
        Matcher code = CODE_PAGE.matcher(declared);
        if (code.matches())
            return codePage(declared, Integer.parseInt(code.group(1).length() > 6 ? "0" : code.group(1)), true);
        return null;
    }

    /** Code page {@code number}; {@code gdalWouldPassBytes} when GDAL could not map the name that led here. */
    private static Decoding codePage(String declared, int number, boolean gdalWouldPassBytes) {
        String name = WINDOWS_CODE_PAGES.get(number);
        Matcher iso = WINDOWS_ISO_8859.matcher(Integer.toString(number));
        if (name == null && iso.matches())
            name = "ISO-8859-" + (iso.group(1) != null ? iso.group(1) : "1" + iso.group(2));
        if (name == null && number >= 1250 && number <= 1258) name = "windows-" + number;
        if (name == null) {
            for (String candidate : new String[] {"IBM" + number, "x-IBM" + number, "CP" + number}) {
                if (JavaNames.exact(candidate) != null) {
                    name = candidate;
                    break;
                }
            }
        }
        return name == null ? null : named(declared, name, gdalWouldPassBytes);
    }

    private static Decoding named(String declared, String name, boolean gdalWouldPassBytes) {
        Charset charset = JavaNames.exact(name);
        if (charset == null) return null;
        // Passed-on UTF-8 bytes are UTF-8 text, so only other charsets read differently from GDAL
        String warning = gdalWouldPassBytes && !charset.equals(StandardCharsets.UTF_8)
                ? "code page \"" + declared + "\" is read as " + charset.name()
                        + "; GDAL does not map this name and passes the bytes on undecoded"
                : null;
        return new Decoding(charset, false, warning);
    }

    /** The number C's atoi reads at the start of {@code text}, or -1. */
    private static int leadingNumber(String text) {
        int i = 0;
        long v = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9' && v < 1_000_000) {
            v = v * 10 + (text.charAt(i) - '0');
            i++;
        }
        return i == digits ? -1 : (int) v;
    }

    /**
     * Java charsets by name or alias with case, '-' and '_' ignored, so "koi8r" finds KOI8-R and
     * "Big-5" finds Big5, as the iconv behind GDAL finds them. Built on first use: listing every
     * charset costs tens of milliseconds.
     */
    private static final class JavaNames {
        /** Every name and alias, upper-cased: what {@link Charset#forName} finds, without asking every provider. */
        private static final Map<String, Charset> EXACT = new HashMap<>();

        private static final Map<String, Charset> BY_KEY = new HashMap<>();

        static {
            for (Charset c : Charset.availableCharsets().values()) {
                EXACT.putIfAbsent(c.name().toUpperCase(Locale.ROOT), c);
                BY_KEY.putIfAbsent(key(c.name()), c);
                for (String alias : c.aliases()) {
                    EXACT.putIfAbsent(alias.toUpperCase(Locale.ROOT), c);
                    BY_KEY.putIfAbsent(key(alias), c);
                }
            }
        }

        private static String key(String name) {
            return name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        }

        /**
         * The charset {@code declared} names exactly, else loosely. A name no charset has is answered from the maps:
         * {@code Charset.isSupported} would look it up in every provider on the class path each time.
         */
        static Charset lookup(String declared) {
            Charset exact = exact(declared);
            return exact != null ? exact : BY_KEY.get(key(declared));
        }

        /** The charset whose name or alias is {@code name}, ignoring case, or null. */
        static Charset exact(String name) {
            return EXACT.get(name.toUpperCase(Locale.ROOT));
        }
    }
}
