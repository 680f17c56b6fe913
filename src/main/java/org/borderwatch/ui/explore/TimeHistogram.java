package org.borderwatch.ui.explore;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.DayCount;

/**
 * How many events fall in each day, week or month of a store's time span: the bars of the timeline.
 * An event with an end counts in every bin its span touches, so a month-long deployment stands in
 * each of its weeks. The bin size follows the span, so there are tens to a few hundred bars.
 *
 * @param first  the first day of the whole span (of every event of the store, not only those counted)
 * @param last   the last day of the whole span
 * @param counts events per bin; bin 0 starts at {@code unit.floor(first)}
 */
public record TimeHistogram(LocalDate first, LocalDate last, BinUnit unit, int[] counts) {

    /** The histogram of a store with no events: one empty day. */
    static final TimeHistogram EMPTY = new TimeHistogram(LocalDate.EPOCH, LocalDate.EPOCH, BinUnit.DAY, new int[1]);

    /** A bin's length, chosen by the length of the span. */
    public enum BinUnit {
        DAY,
        WEEK,
        MONTH;

        /** Days spans of up to four months, weeks up to three years, months beyond. */
        static BinUnit forSpan(LocalDate first, LocalDate last) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            return days <= 120 ? DAY : days <= 3 * 366 ? WEEK : MONTH;
        }

        /** The first day of the bin holding {@code day}; weeks start on Monday (ISO 8601). */
        LocalDate floor(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate plus(LocalDate binStart, long bins) {
            return switch (this) {
                case DAY -> binStart.plusDays(bins);
                case WEEK -> binStart.plusWeeks(bins);
                case MONTH -> binStart.plusMonths(bins);
            };
        }

        long binsBetween(LocalDate firstBinStart, LocalDate day) {
            return switch (this) {
                case DAY -> ChronoUnit.DAYS.between(firstBinStart, day);
                case WEEK -> ChronoUnit.WEEKS.between(firstBinStart, day);
                case MONTH -> ChronoUnit.MONTHS.between(firstBinStart, day);
            };
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TimeHistogram {
        if (last.isBefore(first))
            throw new IllegalArgumentException("time span ends (" + last + ") before it starts (" + first + ")");
        if (counts.length == 0) throw new IllegalArgumentException("a histogram needs at least one bin");
    }

    /**
     * Counts {@code counted} in bins over the span of {@code all}. Linear in the number of events
     * plus bins: each event adds one at its first bin and takes one off after its last.
     */
    static TimeHistogram of(List<Event> all, List<Event> counted) {
        if (all.isEmpty()) return EMPTY;
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (Event e : all) {
            if (e.date().day().isBefore(first)) first = e.date().day();
            if (e.lastDay().isAfter(last)) last = e.lastDay();
        }
        BinUnit unit = BinUnit.forSpan(first, last);
        LocalDate start = unit.floor(first);
        int bins = (int) unit.binsBetween(start, last) + 1;
        int[] steps = new int[bins + 1];
        for (Event e : counted) {
            int a = clamp(unit.binsBetween(start, e.date().day()), bins);
            int b = clamp(unit.binsBetween(start, e.lastDay()), bins);
            steps[a]++;
            steps[b + 1]--;
        }
        int[] counts = new int[bins];
        int running = 0;
        for (int i = 0; i < bins; i++) counts[i] = running += steps[i];
        return new TimeHistogram(first, last, unit, counts);
    }

    /**
     * The histogram of a database store's view from its counts per day ({@link DayCount}, oldest first): each bin
     * counts the starts of its days plus the carried of its first day, so an event with a span counts once in each
     * bin it touches, as {@link #of} counts it. The span is that of the days counted.
     */
    public static TimeHistogram ofDays(List<DayCount> days) {
        if (days.isEmpty()) return EMPTY;
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        BinUnit unit = BinUnit.forSpan(first, last);
        LocalDate start = unit.floor(first);
        int bins = (int) unit.binsBetween(start, last) + 1;
        int[] counts = new int[bins];
        for (DayCount d : days) {
            int bin = clamp(unit.binsBetween(start, d.day()), bins);
            counts[bin] += d.starts();
            if (unit.floor(d.day()).equals(d.day())) counts[bin] += d.carried();
        }
        return new TimeHistogram(first, last, unit, counts);
    }

    private static int clamp(long bin, int bins) {
        return (int) Math.max(0, Math.min(bins - 1, bin));
    }

    public int bins() {
        return counts.length;
    }

    /** First day of bin i (may lie before {@link #first} for bin 0). */
    public LocalDate binStart(int i) {
        return unit.plus(unit.floor(first), i);
    }

    /** Last day of bin i. */
    public LocalDate binEnd(int i) {
        return binStart(i + 1).minusDays(1);
    }

    /** The bin holding {@code day}, clamped to the histogram. */
    public int binOf(LocalDate day) {
        return clamp(unit.binsBetween(unit.floor(first), day), counts.length);
    }

    public int max() {
        return Arrays.stream(counts).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeHistogram h
                && first.equals(h.first)
                && last.equals(h.last)
                && unit == h.unit
                && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * first.hashCode() + unit.hashCode()) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "TimeHistogram[" + first + ".." + last + " by " + unit.label() + ", " + counts.length + " bins]";
    }
}
