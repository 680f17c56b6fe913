package org.borderwatch.ui.task;

import java.util.function.Consumer;

/** Runs each task at once on the calling thread, so tests see its result without waiting. */
public final class InlineTaskRunner extends PropertyTaskRunner {

    @Override
    public <T> void run(
            String title,
            BackgroundTask<T> task,
            Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        TaskRunner.callTask(task, (text, fraction) -> {}, onSuccess, onFailure).run();
    }
}
