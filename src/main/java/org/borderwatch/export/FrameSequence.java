package org.borderwatch.export;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date ranges of a timeline played as frames: {@code frames} steps of {@code step} from a
 * first day. A sliding window shows each step's events alone; a cumulative one everything since
 * the first day.
 */
public record FrameSequence(int frames, Period step, Window window) {
    /** At most this many frames: a year of daily frames. */
    public static final int MAX_FRAMES = 366;

    public enum Window {
        SLIDING,
        CUMULATIVE
    }

    /** The inclusive days of one frame. */
    public record Days(LocalDate first, LocalDate last) {}

    public FrameSequence {
        if (frames < 1 || frames > MAX_FRAMES)
            throw new IllegalArgumentException("frames must be 1.." + MAX_FRAMES + ", got " + frames);
        if (step == null || step.isNegative() || step.isZero())
            throw new IllegalArgumentException("step must be a positive number of days, got " + step);
        if (window == null) throw new IllegalArgumentException("window is required (sliding or cumulative)");
    }

    /**
     * Parses a step such as {@code 1d}, {@code 7d}, {@code 2w} or {@code 1m}.
     *
     * @throws IllegalArgumentException naming the text when it is not a count and d, w or m
     */
    public static Period parseStep(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.length() >= 2) {
            try {
                int n = Integer.parseInt(t.substring(0, t.length() - 1));
                if (n > 0) {
                    switch (t.charAt(t.length() - 1)) {
                        case 'd':
                            return Period.ofDays(n);
                        case 'w':
                            return Period.ofWeeks(n);
                        case 'm':
                            return Period.ofMonths(n);
                        default:
                            break;
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the message below, which says what a step looks like
            }
        }
        throw new IllegalArgumentException(
                "step \"" + text + "\" must be a positive count then d, w or m (e.g. 1d, 7d)");
    }

    /** The days of each frame, starting at {@code first}. */
    public List<Days> days(LocalDate first) {
        List<Days> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            LocalDate stepStart = first.plus(step.multipliedBy(i));
            LocalDate stepEnd = first.plus(step.multipliedBy(i + 1)).minusDays(1);
            out.add(new Days(window == Window.SLIDING ? stepStart : first, stepEnd));
        }
        return out;
    }
}
