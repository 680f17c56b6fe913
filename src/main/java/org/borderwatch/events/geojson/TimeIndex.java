package org.borderwatch.events.geojson;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Events sorted by first day, for span queries. An event from date to end overlaps [from, to] when it starts
 * by {@code to} and ends on or after {@code from}; since no span is longer than the longest one held, only
 * events starting in [from − longest span, to] need a look. Sixteen bytes per event.
 */
final class TimeIndex {

    private final int[] firstDays;
    private final int[] lastDays;
    private final int[] firstDayOfItem;
    private final int[] items;
    private final int longestSpanDays;

    /** Indexes items 0..n-1 with the given first and last days (epoch days). */
    TimeIndex(int[] firstDay, int[] lastDay, int n) {
        long[] keys = new long[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) firstDay[i] << 32) | i;
            longest = Math.max(longest, lastDay[i] - firstDay[i]);
        }
        Arrays.sort(keys);
        firstDays = new int[n];
        items = new int[n];
        for (int k = 0; k < n; k++) {
            items[k] = (int) keys[k];
            firstDays[k] = (int) (keys[k] >> 32);
        }
        lastDays = lastDay;
        firstDayOfItem = firstDay;
        longestSpanDays = longest;
    }

    /** Calls {@code found} with every item whose span overlaps [fromDay, toDay] (epoch days, inclusive). */
    void search(long fromDay, long toDay, IntConsumer found) {
        int k = lowerBound(Math.max(Integer.MIN_VALUE, fromDay - longestSpanDays));
        for (; k < items.length && firstDays[k] <= toDay; k++) {
            int item = items[k];
            if (lastDays[item] >= fromDay) found.accept(item);
        }
    }

    private int lowerBound(long day) {
        int lo = 0, hi = firstDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firstDays[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The items of {@code candidates} whose span overlaps [fromDay, toDay], in the same order. */
    int[] filter(int[] candidates, long fromDay, long toDay) {
        int n = 0;
        int[] out = new int[candidates.length];
        for (int item : candidates) {
            if (lastDays[item] >= fromDay && firstDayOfItem[item] <= toDay) out[n++] = item;
        }
        return Arrays.copyOf(out, n);
    }
}
