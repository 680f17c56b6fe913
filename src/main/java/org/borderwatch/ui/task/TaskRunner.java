package org.borderwatch.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs slow work (reading files, decoding a CRS, loading a store) away from the JavaFX thread and
 * hands the result back on it. The app uses a background executor that shows progress in the status
 * bar; tests use an inline runner so they need no waiting.
 */
public interface TaskRunner {

    /**
     * Starts {@code task}; exactly one of the callbacks is later called on the JavaFX thread.
     *
     * @param title     what the status bar says while the task runs, e.g. "Loading maps"
     * @param onSuccess receives the task's result
     * @param onFailure receives what the task threw
     */
    <T> void run(
            String title, BackgroundTask<T> task, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** True while any task runs; read on the FX thread. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the latest task says it is doing, empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** 0..1, or negative while the current task cannot say how far it got. */
    ReadOnlyDoubleProperty progressProperty();

    /**
     * Calls {@code task} on the calling thread and returns the callback its outcome calls for: its
     * result handed to {@code onSuccess}, or what it threw handed to {@code onFailure}. Runners differ
     * only in the thread they call the task on and the thread they run this callback on.
     */
    static <T> Runnable callTask(
            BackgroundTask<T> task,
            Progress progress,
            Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = task.call(progress);
        } catch (Exception e) {
            return () -> onFailure.accept(e);
        }
        return () -> onSuccess.accept(result);
    }

    /** Work that may take long; reports how far it got through {@code progress}. */
    @FunctionalInterface
    interface BackgroundTask<T> {
        T call(Progress progress) throws Exception;
    }

    /** Where a task reports how far it got; safe to call from any thread. */
    @FunctionalInterface
    interface Progress {
        /** @param fraction 0..1, or a negative number when the amount of work is unknown */
        void update(String message, double fraction);
    }
}
