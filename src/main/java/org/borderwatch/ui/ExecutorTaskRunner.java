package org.borderwatch.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's task runner: a small pool of daemon threads, with the progress of the latest task exposed
 * as JavaFX properties (updated on the FX thread) for the status bar. A failure is not logged here but
 * handed to the caller's {@code onFailure}, which handles and logs it once.
 */
final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    ExecutorTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "borderwatch-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        running.incrementAndGet();
        show(title, -1);
        executor.execute(() -> {
            Progress sink = (text, fraction) -> show(text, fraction);
            try {
                T result = task.call(sink);
                Platform.runLater(() -> {
                    finished();
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(e);
                });
            }
        });
    }

    private void show(String text, double fraction) {
        Platform.runLater(() -> {
            busy.set(running.get() > 0);
            message.set(text);
            progress.set(fraction);
        });
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            message.set("");
            progress.set(0);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
