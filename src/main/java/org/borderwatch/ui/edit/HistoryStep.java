package org.borderwatch.ui.edit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One step in an undo or redo list, numbered in the order steps were made (or undone) across all of
 * the app's histories, so {@link Undo} can take back the latest one whichever history holds it.
 *
 * @param order larger for later steps; unique within the running app
 */
record HistoryStep<T>(T value, long order) {
    private static final AtomicLong COUNTER = new AtomicLong();

    /** {@code value} numbered as the app's latest step. */
    static <T> HistoryStep<T> now(T value) {
        return new HistoryStep<>(value, COUNTER.incrementAndGet());
    }
}
