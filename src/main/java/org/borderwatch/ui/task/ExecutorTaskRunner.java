package org.borderwatch.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's task runner: a small pool of daemon threads, with the progress of the latest task exposed
 * as JavaFX properties (updated on the FX thread) for the status bar. A failure is not logged here but
 * handed to the caller's {@code onFailure}, which handles and logs it once.
 */
public final class ExecutorTaskRunner extends PropertyTaskRunner implements AutoCloseable {

    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();

    public ExecutorTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "borderwatch-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(
            String title,
            BackgroundTask<T> task,
            Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        running.incrementAndGet();
        show(title, -1);
        executor.execute(() -> {
            Runnable outcome = TaskRunner.callTask(task, this::show, onSuccess, onFailure);
            Platform.runLater(() -> {
                finished();
                outcome.run();
            });
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
    public void close() {
        executor.shutdownNow();
    }
}
