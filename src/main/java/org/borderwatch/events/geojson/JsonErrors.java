package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in the words of someone editing a JSON file: no feature flags, constraint methods or
 * token names of the parser ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`" becomes "NaN is not a JSON number").
 */
final class JsonErrors {
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile(
            "(Document nesting depth|String value length|Number value length|Name length|Document length)"
                    + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
            Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern UTF8 =
            Pattern.compile("Invalid UTF-8 (start|middle) byte (0x[0-9a-fA-F]+).*", Pattern.DOTALL);
    private static final Pattern TECHNICAL =
            Pattern.compile("\\s*\\([^()]*`[^`]*`[^()]*\\)|\\s*;?\\s*enable `[^`]*`[^.;]*");

    private JsonErrors() {}

    /** What is wrong, without location (the caller gives line and column). */
    static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null
                ? "malformed JSON"
                : e.getOriginalMessage().strip();
        Matcher x = NON_NUMERIC.matcher(m);
        if (x.matches()) return x.group(1) + " is not a JSON number; write a number, or null for no value";
        x = LIMIT.matcher(m);
        if (x.matches()) return limit(x.group(1), x.group(3));
        x = UNRECOGNIZED.matcher(m);
        if (x.matches()) {
            return "'" + x.group(1)
                    + "' is not a JSON value; expected a string in double quotes, a number, an object, an array,"
                    + " true, false or null";
        }
        x = UTF8.matcher(m);
        if (x.matches()) {
            return "byte " + x.group(2).toUpperCase(Locale.ROOT).replace("0X", "0x") + " is not valid UTF-8 "
                    + (x.group(1).equals("start")
                            ? "(it cannot start a character)"
                            : "(it cannot continue a character)")
                    + "; the file must be saved as UTF-8";
        }
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = CONTROL.matcher(m).replaceAll("(a control character, code $1)");
        m = CHARACTER.matcher(m).replaceAll("'$1'");
        m = TECHNICAL.matcher(m).replaceAll("");
        return m.replace("field name", "member name")
                .replace("Object", "object")
                .replace("Array", "array")
                .replace("end-of-input", "end of file")
                .replace("close marker", "closing bracket")
                .replace("start marker", "opening bracket");
    }

    private static String limit(String what, String max) {
        return switch (what) {
            case "Document nesting depth" -> "values are nested more than " + max + " levels deep";
            case "String value length" -> "a string is longer than " + max + " characters";
            case "Number value length" -> "a number has more than " + max + " digits";
            case "Name length" -> "a member name is longer than " + max + " characters";
            default -> "the file is longer than " + max + " bytes";
        };
    }
}
