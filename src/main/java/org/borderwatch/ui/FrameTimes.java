package org.borderwatch.ui;

import java.util.Arrays;

/**
 * Render times of the frames shown during one gesture (a pan), summarised for the log so the frame
 * time a user actually sees is measured in the running app, not guessed.
 */
final class FrameTimes {
    private double[] millis = new double[64];
    private int count;

    void add(double ms) {
        if (count == millis.length) millis = Arrays.copyOf(millis, count * 2);
        millis[count++] = ms;
    }

    int count() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /** The median, or NaN when nothing was recorded. */
    double medianMillis() {
        if (count == 0) return Double.NaN;
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** The slowest frame, or NaN when nothing was recorded. */
    double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(millis, 0, count).max().orElseThrow();
    }

    /** E.g. "12 frames, median 8.1 ms, max 14.0 ms". */
    String summary() {
        return String.format(java.util.Locale.ROOT, "%d frames, median %.1f ms, max %.1f ms", count, medianMillis(),
                maxMillis());
    }
}
