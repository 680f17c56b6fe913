package org.borderwatch.ui;

import java.util.ArrayDeque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Holds each task until the test runs it, so a test can see what happens while work is in flight. */
final class QueuedTaskRunner implements TaskRunner {
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    @Override
    public <T> void run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = task.call((text, fraction) -> {});
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        busy.set(true);
    }

    /** How many tasks wait. */
    int waiting() {
        return queue.size();
    }

    /** Runs the oldest waiting task and its callback on the calling thread. */
    void runNext() {
        Runnable next = queue.poll();
        if (next == null) throw new AssertionError("no task waits");
        next.run();
        busy.set(!queue.isEmpty());
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
}
