package org.borderwatch.events.acled;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date column as spreadsheets rewrite it: "2016-07-02", "24 September 2023", "01-January-2015", "9-May-20",
 * "31-12-19", "14/08/2020 00:00:00", "1/22/2014 12:00:00 AM". The order of day, month and year is decided for the
 * whole file, from every row: the order under which the most rows are real dates that agree with the row's year
 * column wins. A year column also settles two-digit years; without one they are taken as 19xx or 20xx, whichever
 * is not in the future. A row whose day and month could be swapped, in a file that gives no row to tell them apart,
 * is truly ambiguous and refused.
 */
final class CsvDates {

    /** A row's date, or why it has none; {@code ambiguous} when it has two readings the file cannot choose between. */
    record Result(LocalDate day, String problem, boolean ambiguous) {
        Result(LocalDate day, String problem) {
            this(day, problem, false);
        }
    }

    /** What was found: one result per row, and the formats in words with how many rows used each. */
    record Detection(List<Result> results, String formats) {}

    private enum Order {
        YMD,
        DMY,
        MDY,
        YY_MD
    }

    private static final Pattern TIME = Pattern.compile(
            "^(.*?)(?:[ T]+(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*([AaPp][Mm])?(Z|[+-]\\d{2}:?\\d{2})?)$");
    private static final Pattern SPLIT =
            Pattern.compile("^([0-9A-Za-z]+)([-/. ,]+)([0-9A-Za-z]+)([-/. ,]+)([0-9A-Za-z]+)$");
    private static final String[] MONTHS = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };

    /** One date text taken apart. */
    private record Parts(String[] p, String[] seps, int monthAt, int month, String time, boolean meridiem) {}

    private CsvDates() {}

    /**
     * Reads every row's date.
     *
     * @param texts the date cells, one per row
     * @param years each row's year column, or null where there is none
     */
    static Detection detect(List<String> texts, List<Integer> years) {
        List<Parts> parts = new ArrayList<>(texts.size());
        for (String t : texts) parts.add(split(t));
        Map<Order, Integer> fits = new LinkedHashMap<>();
        for (Order o : List.of(Order.DMY, Order.MDY, Order.YY_MD)) {
            int n = 0;
            for (int i = 0; i < parts.size(); i++)
                if (isNumeric(parts.get(i))
                        && !fourDigitsFirst(parts.get(i))
                        && numeric(parts.get(i), o, years.get(i)) != null) n++;
            fits.put(o, n);
        }
        int best = fits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Order> winners = fits.entrySet().stream()
                .filter(e -> e.getValue() == best && best > 0)
                .map(Map.Entry::getKey)
                .toList();

        List<Result> results = new ArrayList<>(texts.size());
        Map<String, Integer> formats = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Parts p = parts.get(i);
            Integer year = years.get(i);
            String text = texts.get(i);
            if (p == null) {
                results.add(new Result(null, "\"" + text + "\" is not a date of day, month and year"));
                continue;
            }
            LocalDate day;
            String format;
            if (p.monthAt() >= 0) {
                day = named(p, year);
                format = pattern(
                        p,
                        p.monthAt() == 0
                                ? List.of('M', 'd', 'y')
                                : p.p()[0].length() == 4 ? List.of('y', 'M', 'd') : List.of('d', 'M', 'y'));
            } else if (fourDigitsFirst(p)) {
                day = numeric(p, Order.YMD, year);
                format = pattern(p, List.of('y', 'M', 'd'));
            } else if (winners.size() == 1) {
                day = numeric(p, winners.get(0), year);
                format = pattern(p, letters(winners.get(0)));
            } else {
                // several orders fit the file equally well: a row is settled only if all of them read it alike
                List<LocalDate> readings = new ArrayList<>();
                Order fit = null;
                for (Order o : winners.isEmpty() ? List.of(Order.DMY, Order.MDY) : winners) {
                    LocalDate d = numeric(p, o, year);
                    if (d != null && !readings.contains(d)) {
                        readings.add(d);
                        fit = o;
                    }
                }
                if (readings.size() > 1) {
                    results.add(new Result(
                            null,
                            "\"" + text + "\" is ambiguous: it could be " + readings.get(0) + " or " + readings.get(1)
                                    + ", and no row of the file tells day and month apart",
                            true));
                    continue;
                }
                day = readings.isEmpty() ? null : readings.get(0);
                format = fit == null ? "" : pattern(p, letters(fit));
            }
            if (day == null) {
                results.add(new Result(
                        null,
                        "\"" + text + "\" is not a real date in the file's format"
                                + (formats.isEmpty()
                                        ? ""
                                        : " (" + formats.keySet().iterator().next() + ")")
                                + (year == null ? "" : " or does not fall in year " + year)));
                continue;
            }
            formats.merge(format, 1, Integer::sum);
            results.add(new Result(day, null));
        }
        StringBuilder words = new StringBuilder();
        for (Map.Entry<String, Integer> f : formats.entrySet()) {
            if (words.length() > 0) words.append(", ");
            words.append(f.getKey())
                    .append(" (")
                    .append(String.format(Locale.ROOT, "%,d", f.getValue()))
                    .append(f.getValue() == 1 ? " date)" : " dates)");
        }
        return new Detection(results, words.toString());
    }

    private static List<Character> letters(Order o) {
        return switch (o) {
            case YMD, YY_MD -> List.of('y', 'M', 'd');
            case DMY -> List.of('d', 'M', 'y');
            case MDY -> List.of('M', 'd', 'y');
        };
    }

    /** The date pattern the text follows, as in Java or Excel: "d-MMM-yy", "dd/MM/yyyy HH:mm:ss". */
    private static String pattern(Parts p, List<Character> order) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            char c = order.get(k);
            int n = p.p()[k].length();
            if (c == 'M' && k == p.monthAt()) s.append(n == 3 ? "MMM" : "MMMM");
            else s.append(String.valueOf(c).repeat(c == 'y' ? (n == 2 ? 2 : 4) : n == 1 ? 1 : 2));
            if (k < 2) s.append(p.seps()[k]);
        }
        if (p.time() != null) {
            s.append(' ').append(p.meridiem() ? "h" : "HH").append(":mm");
            if (p.time().chars().filter(ch -> ch == ':').count() > 1) s.append(":ss");
            if (p.meridiem()) s.append(" a");
        }
        return s.toString();
    }

    private static Parts split(String text) {
        String t = text.strip();
        String time = null;
        boolean meridiem = false;
        Matcher tm = TIME.matcher(t);
        if (tm.matches() && !tm.group(1).isEmpty()) {
            t = tm.group(1);
            time = tm.group(2);
            meridiem = tm.group(3) != null;
        }
        Matcher m = SPLIT.matcher(t);
        if (!m.matches()) return null;
        String[] p = {m.group(1), m.group(3), m.group(5)};
        String[] seps = {m.group(2), m.group(4)};
        int monthAt = -1, month = 0;
        for (int k = 0; k < 3; k++) {
            if (p[k].chars().allMatch(Character::isDigit)) continue;
            if (monthAt >= 0) return null;
            month = month(p[k]);
            if (month == 0) return null;
            monthAt = k;
        }
        if (monthAt == 2) return null;
        for (int k = 0; k < 3; k++) if (k != monthAt && (p[k].length() > 4 || p[k].length() == 3)) return null;
        return new Parts(p, seps, monthAt, month, time, meridiem);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) return 0;
        for (int i = 0; i < 12; i++)
            if (MONTHS[i].equals(n) || (n.length() <= 4 && MONTHS[i].startsWith(n))) return i + 1;
        return 0;
    }

    private static boolean isNumeric(Parts p) {
        return p != null && p.monthAt() < 0;
    }

    private static boolean fourDigitsFirst(Parts p) {
        return p.p()[0].length() == 4;
    }

    /** A date written with a month name: "24 September 2023", "9-May-20", "December 3, 2020", "2015-Jan-01". */
    private static LocalDate named(Parts p, Integer year) {
        String[] s = p.p();
        if (p.monthAt() == 0) return date(year(s[2], year), p.month(), s[1]);
        if (s[0].length() == 4) return date(year(s[0], year), p.month(), s[2]);
        return date(year(s[2], year), p.month(), s[0]);
    }

    private static LocalDate numeric(Parts p, Order o, Integer year) {
        String[] s = p.p();
        return switch (o) {
            case YMD -> date(year(s[0], year), Integer.parseInt(s[1]), s[2]);
            case YY_MD ->
                year == null || s[0].length() != 2 ? null : date(year(s[0], year), Integer.parseInt(s[1]), s[2]);
            case DMY -> date(year(s[2], year), Integer.parseInt(s[1]), s[0]);
            case MDY -> date(year(s[2], year), Integer.parseInt(s[0]), s[1]);
        };
    }

    /** The year a cell means, or -1 when it disagrees with the row's year column. */
    private static int year(String cell, Integer column) {
        int y = Integer.parseInt(cell);
        if (cell.length() <= 2) {
            if (column != null) return Math.floorMod(column, 100) == y ? column : -1;
            int now = Year.now().getValue();
            y += 2000;
            return y > now ? y - 100 : y;
        }
        return column == null || column == y ? y : -1;
    }

    private static LocalDate date(int year, int month, String day) {
        if (year < 1 || day.length() > 2) return null;
        try {
            return LocalDate.of(year, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
