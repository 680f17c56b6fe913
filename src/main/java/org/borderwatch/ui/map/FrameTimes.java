package org.borderwatch.ui.map;

import java.util.Arrays;

/**
 * Render times of the frames shown during one gesture (a pan), summarised for the log so the frame
 * time a user actually sees is measured in the running app, not guessed. Keeps wall-clock and CPU
 * time: on a machine shared with other busy processes only the second says what the painting costs.
 */
final class FrameTimes {
    private double[] millis = new double[64];
    private double[] cpuMillis = new double[64];
    private int count;

    /** @param cpuMs CPU time of the frame, negative when unknown */
    void add(double ms, double cpuMs) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
            cpuMillis = Arrays.copyOf(cpuMillis, count * 2);
        }
        millis[count] = ms;
        cpuMillis[count++] = cpuMs;
    }

    int count() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /** The median, or NaN when nothing was recorded. */
    double medianMillis() {
        return median(millis);
    }

    /** The median CPU time, or NaN when nothing (or no CPU time) was recorded. */
    double medianCpuMillis() {
        return cpuMillis.length == 0 || count == 0 || cpuMillis[0] < 0 ? Double.NaN : median(cpuMillis);
    }

    private double median(double[] values) {
        if (count == 0) return Double.NaN;
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** The slowest frame, or NaN when nothing was recorded. */
    double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(millis, 0, count).max().orElseThrow();
    }

    /** E.g. "12 frames, median 8.1 ms, max 14.0 ms; CPU median 7.9 ms". */
    String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%d frames, median %.1f ms, max %.1f ms; CPU median %.1f ms",
                count,
                medianMillis(),
                maxMillis(),
                medianCpuMillis());
    }
}
