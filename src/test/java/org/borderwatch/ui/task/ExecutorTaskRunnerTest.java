package org.borderwatch.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExecutorTaskRunnerTest {
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(2);

    @Start
    void start(Stage stage) {
        // the toolkit must run; the runner needs no window
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void showsProgressWhileATaskRunsAndDeliversItsResultOnTheFxThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> deliveredOnFx = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> tasks.run(
                        "Loading maps",
                        progress -> {
                            progress.update("Reading countries.shp", 0.25);
                            release.await(10, TimeUnit.SECONDS);
                            return "done";
                        },
                        result -> deliveredOnFx.complete(Platform.isFxApplicationThread() && result.equals("done")),
                        deliveredOnFx::completeExceptionally))
                .get();

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> tasks.progressProperty().get() == 0.25)
                        .get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.busyProperty().get()).get())
                .isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.messageProperty().get())
                        .get())
                .isEqualTo("Reading countries.shp");

        release.countDown();
        assertThat(deliveredOnFx.get(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.busyProperty().get()).get())
                .isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.messageProperty().get())
                        .get())
                .isEmpty();
    }

    @Test
    void aFailingTaskReachesOnFailureOnTheFxThreadWithItsException() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> tasks.run(
                        "Loading maps",
                        progress -> {
                            throw new IOException("maps/countries.shp: truncated record 12");
                        },
                        result -> failure.complete("succeeded?"),
                        e -> failure.complete(
                                (Platform.isFxApplicationThread() ? "fx: " : "other: ") + e.getMessage())))
                .get();

        assertThat(failure.get(10, TimeUnit.SECONDS)).isEqualTo("fx: maps/countries.shp: truncated record 12");
    }
}
