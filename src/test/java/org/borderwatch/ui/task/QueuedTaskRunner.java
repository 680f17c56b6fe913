package org.borderwatch.ui.task;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/** Holds each task until the test runs it, so a test can see what happens while work is in flight. */
public final class QueuedTaskRunner extends PropertyTaskRunner {
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(
            String title,
            BackgroundTask<T> task,
            Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        queue.add(() -> TaskRunner.callTask(task, (text, fraction) -> {}, onSuccess, onFailure)
                .run());
        busy.set(true);
    }

    /** How many tasks wait. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the oldest waiting task and its callback on the calling thread. */
    public void runNext() {
        Runnable next = queue.poll();
        if (next == null) throw new AssertionError("no task waits");
        next.run();
        busy.set(!queue.isEmpty());
    }
}
