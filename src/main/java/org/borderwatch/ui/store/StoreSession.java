package org.borderwatch.ui.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.model.Event;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.task.TaskRunner;

/**
 * The event store open in the window: opening and reloading it in the background, applying and saving
 * edits one at a time, and watching its file for changes made by other programs. State is read and
 * written on the FX thread; the store itself is only touched by background tasks and the watcher.
 *
 * <p>Every edit is saved at once through the store's atomic save rather than collected behind a Save
 * action: each edit is a deliberate form submission, other tools (QGIS, the command line, a colleague's
 * copy) see it at once, nothing is lost when the app is killed, and undo stays available. A save the store
 * refuses (the file changed on disk, a write error) takes the change back in memory and says why.
 */
public final class StoreSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StoreSession.class.getName());

    /** Opens a store file; the app uses {@code GeoJsonEventStore::open}. */
    @FunctionalInterface
    public interface Opener {
        EventStore open(Path file) throws EventStoreException;
    }

    /** A store read in the background, with a snapshot of its events taken there too. */
    private record Opened(Path file, EventStore store, List<Event> events, List<Path> recent) {}

    /** The recent list and the store to open first, found in the background. */
    private record Start(List<Path> recent, Path first) {}

    /** Thrown in the open task when the file was not read to its end; the previous store stays. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient LoadReport report;

        Unreadable(LoadReport report) {
            super(report.file().getFileName() + " could not be read to its end, so it was not opened: "
                    + report.problems().get(report.problems().size() - 1).message());
            this.report = report;
        }
    }

    private final TaskRunner tasks;
    private final Opener opener;
    private final RecentStores recent;
    private final Executor fxThread;
    private final StoreFeedback feedback;
    private final ReadOnlyObjectWrapper<EventStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<List<Event>> events = new ReadOnlyObjectWrapper<>(this, "events", List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private StoreWatcher watcher;
    /** Opens and saves in flight; {@link #busy} is true while any runs. */
    private int running;

    /**
     * @param fxThread how the file watcher gets back to the FX thread ({@code Platform::runLater} in the app)
     */
    public StoreSession(TaskRunner tasks, Opener opener, RecentStores recent, Executor fxThread, StoreFeedback feedback) {
        this.tasks = tasks;
        this.opener = opener;
        this.recent = recent;
        this.fxThread = fxThread;
        this.feedback = feedback;
    }

    /** The open store, or null before the first one opens. Replaced (not mutated) by open and reload. */
    public ReadOnlyObjectProperty<EventStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Every event of the open store in store order, as an immutable list; a new list after each change. */
    public ReadOnlyObjectProperty<List<Event>> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** True while a store opens or a change is saved; edits wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once another program changed the open file, until it is reloaded. */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    /** Stores opened lately, the latest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** Reads the recent-stores list in the background and opens the latest of them that exists, else {@code fallback}. */
    public void openInitial(Path fallback) {
        openInitial(null, fallback);
    }

    /**
     * Reads the recent-stores list in the background and opens {@code requested} (a file the desktop asked the app to
     * open), else the latest recent store that exists, else {@code fallback}.
     */
    public void openInitial(Path requested, Path fallback) {
        tasks.run("Reading recent stores", progress -> {
            List<Path> list = recent.list();
            Path first = requested != null ? requested : list.stream().filter(Files::isRegularFile).findFirst()
                    .orElse(fallback != null && Files.isRegularFile(fallback) ? fallback : null);
            return new Start(list, first);
        }, start -> {
            recentFiles.setAll(start.recent());
            if (start.first() != null) open(start.first());
        }, e -> LOG.log(System.Logger.Level.WARNING, "cannot read the recent stores list: " + e.getMessage(), e));
    }

    /**
     * Opens {@code path} in the background. On success it replaces the open store, and any records it
     * skipped are reported; if it cannot be read the store shown before stays open and the user is told why.
     */
    public void open(Path path) {
        Path target = path.toAbsolutePath().normalize();
        started();
        tasks.run("Opening " + target.getFileName(), progress -> {
            progress.update("Opening " + target.getFileName(), -1);
            EventStore opened = opener.open(target);
            LoadReport report = opened.loadReport();
            if (!report.complete()) throw new Unreadable(report);
            List<Path> list = remember(target);
            return new Opened(target, opened, opened.all(), list);
        }, this::opened, e -> {
            finished();
            if (e instanceof Unreadable u) {
                feedback.openFailed(target, u.getMessage(), u.report);
            } else {
                LOG.log(System.Logger.Level.WARNING, "cannot open " + target + ": " + e.getMessage(), e);
                feedback.openFailed(target, e.getMessage(), null);
            }
        });
    }

    /** Opens the open store's file again, dropping the edit history. */
    public void reload() {
        if (file.get() != null) open(file.get());
    }

    /**
     * Makes {@code change} in the store and saves it in the background; {@code onSaved} runs on the FX
     * thread once it is on disk. If the save is refused, or no store is open, or another open or save is
     * still running, the change is not made and the user is told why.
     */
    public void apply(EventChange change, Runnable onSaved) {
        EventStore target = store.get();
        if (target == null || busy.get()) {
            feedback.saveFailed(change, target == null ? "No event store is open."
                    : "Another open or save of the store is still running; try again when it has finished.");
            return;
        }
        started();
        Path where = file.get();
        tasks.run("Saving " + where.getFileName(), progress -> {
            change.applyTo(target);
            try {
                target.save(false);
            } catch (EventStoreException e) {
                change.inverse().applyTo(target);
                throw e;
            }
            return target.all();
        }, saved -> {
            finished();
            if (store.get() == target) events.set(saved);
            onSaved.run();
        }, e -> {
            finished();
            LOG.log(System.Logger.Level.WARNING, "cannot save " + change.describe() + " to " + where + ": " + e.getMessage(), e);
            feedback.saveFailed(change, e.getMessage());
        });
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        watcher = null;
    }

    private List<Path> remember(Path opened) {
        try {
            return recent.remember(opened);
        } catch (IOException e) {
            // the store is open either way; only the menu of recent files misses it
            LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
            return recent.list();
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    private void opened(Opened o) {
        finished();
        close();
        file.set(o.file());
        store.set(o.store());
        events.set(o.events());
        changedOnDisk.set(false);
        recentFiles.setAll(o.recent());
        watch(o.file(), o.store());
        if (!o.store().loadReport().problems().isEmpty()) feedback.recordsSkipped(o.store().loadReport());
    }

    private void watch(Path path, EventStore watched) {
        try {
            watcher = StoreWatcher.start(path, () -> {
                // on the watcher thread: the stamp check reads file attributes, which the FX thread must not
                if (watched.changedOutside()) fxThread.execute(() -> noticeChange(watched));
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + path + " for changes by other programs: " + e.getMessage(), e);
        }
    }

    private void noticeChange(EventStore watched) {
        if (store.get() != watched || changedOnDisk.get()) return;
        changedOnDisk.set(true);
        feedback.changedOnDisk(file.get());
    }
}
