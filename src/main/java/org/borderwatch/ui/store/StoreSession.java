package org.borderwatch.ui.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.EditConflictException;
import org.borderwatch.events.postgis.EventVersion;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.RemoteChange;
import org.borderwatch.events.postgis.StoreListener;
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

    /** Opens a store at a location: a file, or a database. */
    @FunctionalInterface
    public interface Opener {
        EventStore open(StoreLocation location) throws EventStoreException;
    }

    /** A store read in the background, with a snapshot of its events taken there too. */
    private record Opened(StoreLocation location, EventStore store, List<Event> events, List<StoreLocation> recent) {}

    /** The recent list and the store to open first, found in the background. */
    private record Start(List<StoreLocation> recent, StoreLocation first) {}

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
    private final ReadOnlyObjectWrapper<StoreLocation> location = new ReadOnlyObjectWrapper<>(this, "location");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online", true);
    private final ReadOnlyObjectWrapper<List<Event>> events = new ReadOnlyObjectWrapper<>(this, "events", List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    /** Counts changes to a database store read by views ({@link #viewed}): a view asks again when it moves. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    private final ObservableList<StoreLocation> recentFiles = FXCollections.observableArrayList();
    private StoreWatcher watcher;
    /** Opens and saves in flight; {@link #busy} is true while any runs. */
    private int running;

    /**
     * @param fxThread how the file watcher gets back to the FX thread ({@code Platform::runLater} in the app)
     */
    public StoreSession(
            TaskRunner tasks, Opener opener, RecentStores recent, Executor fxThread, StoreFeedback feedback) {
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

    /** The open store's file; null when none is open or the store is a database. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Where the open store is: its file or its database; null before the first one opens. */
    public ReadOnlyObjectProperty<StoreLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** False while a database store has lost its connection (it reconnects by itself); true for files. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    /**
     * Every event of the open store in store order, as an immutable list; a new list after each change. For a
     * database store read by views ({@link #viewed}), the events of the view on show instead.
     */
    public ReadOnlyObjectProperty<List<Event>> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    /** Goes up each time a database store read by views changed (an edit here or elsewhere, a reconnection). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True when the open store is a database whose events are read per view, not held all at once. */
    public boolean viewed() {
        return viewed(store.get());
    }

    private static boolean viewed(EventStore s) {
        return s instanceof PostgisEventStore db && !db.holdsAll();
    }

    /** Shows the events a view fetched from {@code from}, unless another store was opened meanwhile. */
    void showViewed(EventStore from, List<Event> inView) {
        if (store.get() == from) events.set(inView);
    }

    /** The events to show after a change: all of them, or null for a store read per view (its view asks again). */
    private static List<Event> afterChange(EventStore s) {
        return viewed(s) ? null : s.all();
    }

    private void changed(EventStore s, List<Event> now) {
        if (store.get() != s) return;
        if (now != null) events.set(now);
        else revision.set(revision.get() + 1);
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
    public ObservableList<StoreLocation> recentFiles() {
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
        tasks.run(
                "Reading recent stores",
                progress -> {
                    List<StoreLocation> list = recent.list();
                    // only a file opens by itself: a database may ask for a password, so the user connects to it
                    StoreLocation first = requested != null
                            ? new StoreLocation.File(requested)
                            : list.stream()
                                    .filter(l -> l instanceof StoreLocation.File f && Files.isRegularFile(f.path()))
                                    .findFirst()
                                    .orElse(
                                            fallback != null && Files.isRegularFile(fallback)
                                                    ? new StoreLocation.File(fallback)
                                                    : null);
                    return new Start(list, first);
                },
                start -> {
                    recentFiles.setAll(start.recent());
                    if (start.first() != null) open(start.first());
                },
                e -> LOG.log(System.Logger.Level.WARNING, "cannot read the recent stores list: " + e.getMessage(), e));
    }

    /**
     * Opens {@code path} in the background. On success it replaces the open store, and any records it
     * skipped are reported; if it cannot be read the store shown before stays open and the user is told why.
     */
    public void open(Path path) {
        open(new StoreLocation.File(path.toAbsolutePath().normalize()));
    }

    /**
     * Opens the store at {@code where} in the background, as {@link #open(Path)} does; a database store is then
     * listened to, so other users' changes show without a reload.
     */
    public void open(StoreLocation where) {
        StoreLocation target = where instanceof StoreLocation.File f
                ? new StoreLocation.File(f.path().toAbsolutePath().normalize())
                : where;
        started();
        tasks.run(
                "Opening " + target.name(),
                progress -> {
                    progress.update("Opening " + target.name(), -1);
                    EventStore opened = opener.open(target);
                    LoadReport report = opened.loadReport();
                    if (!report.complete()) throw new Unreadable(report);
                    if (opened instanceof PostgisEventStore db) db.listen(new Live(db));
                    List<StoreLocation> list = remember(target);
                    // a database read per view shows its first view as soon as the window asks for it
                    return new Opened(target, opened, viewed(opened) ? List.of() : opened.all(), list);
                },
                this::opened,
                e -> {
                    finished();
                    if (e instanceof Unreadable u) {
                        feedback.openFailed(target.asPath(), u.getMessage(), u.report);
                    } else {
                        LOG.log(System.Logger.Level.WARNING, "cannot open " + target + ": " + e.getMessage(), e);
                        feedback.openFailed(target.asPath(), e.getMessage(), null);
                    }
                });
    }

    /** Opens the open store again, dropping the edit history. */
    public void reload() {
        if (location.get() != null) open(location.get());
    }

    /** Hears a database store's news on its listener thread and brings it to the FX thread. */
    private final class Live implements StoreListener {
        private final PostgisEventStore db;

        Live(PostgisEventStore db) {
            this.db = db;
        }

        @Override
        public void changed(RemoteChange change) {
            List<Event> now = afterChange(db);
            fxThread.execute(() -> {
                if (store.get() != db) return;
                Event before = findIn(events.get(), change.id());
                StoreSession.this.changed(db, now);
                feedback.changedBy(change.describe(before));
            });
        }

        @Override
        public void connectionLost(String message) {
            LOG.log(System.Logger.Level.WARNING, message);
            fxThread.execute(() -> {
                if (store.get() != db) return;
                online.set(false);
                feedback.connection(
                        "Offline: the shared store at " + db.location().host() + " is not answering; retrying…", false);
            });
        }

        @Override
        public void reconnected() {
            List<Event> now = afterChange(db);
            fxThread.execute(() -> {
                if (store.get() != db) return;
                online.set(true);
                StoreSession.this.changed(db, now);
                feedback.connection("Reconnected", true);
            });
        }
    }

    private static Event findIn(List<Event> list, String id) {
        for (Event e : list) if (e.id().equals(id)) return e;
        return null;
    }

    /**
     * Makes {@code change} in the store and saves it in the background; {@code onSaved} runs on the FX
     * thread once it is on disk. If the save is refused, or no store is open, or another open or save is
     * still running, the change is not made and the user is told why.
     */
    public void apply(EventChange change, Runnable onSaved) {
        apply(change, onSaved, null);
    }

    /**
     * As {@link #apply(EventChange, Runnable)}, but a save refused for any reason but a conflict goes to
     * {@code onFailed} (on the FX thread, with the reason) instead of an alert; null: the alert. A conflict always
     * opens the conflict dialog, which keeps the user's version; {@code onSaved} then runs once the user's choice is
     * settled (their version or a merge stored, or the other version kept), so a form waiting on the save can close.
     */
    public void apply(EventChange change, Runnable onSaved, java.util.function.Consumer<String> onFailed) {
        EventStore target = store.get();
        if (target == null || busy.get()) {
            String why = target == null
                    ? "No event store is open."
                    : "Another open or save of the store is still running; try again when it has finished.";
            if (onFailed != null) onFailed.accept(why);
            else feedback.saveFailed(change, why);
            return;
        }
        started();
        String where = location.get().name();
        tasks.run(
                "Saving " + where,
                progress -> {
                    change.applyTo(target);
                    try {
                        target.save(false);
                    } catch (EventStoreException e) {
                        change.inverse().applyTo(target);
                        throw e;
                    }
                    return java.util.Optional.ofNullable(afterChange(target));
                },
                saved -> {
                    finished();
                    changed(target, saved.orElse(null));
                    onSaved.run();
                },
                e -> {
                    finished();
                    if (e instanceof EditConflictException conflict) {
                        if (onFailed != null)
                            onFailed.accept("someone else changed this event meanwhile: choose between both"
                                    + " versions in the conflict window, or cancel this form");
                        feedback.conflict(change, conflict, onSaved);
                        return;
                    }
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "cannot save " + change.describe() + " to " + where + ": " + e.getMessage(),
                            e);
                    if (onFailed != null) onFailed.accept(e.getMessage());
                    else feedback.saveFailed(change, e.getMessage());
                });
    }

    /**
     * Saves {@code resolved}, the user's answer to a conflict, over version {@code theirVersion} of the event (a
     * new conflict if it moved on again); {@code onSaved} runs on the FX thread once it is stored.
     */
    public void resolve(EditConflictException conflict, Event resolved, Runnable onSaved) {
        if (!(store.get() instanceof PostgisEventStore db)) return;
        started();
        tasks.run(
                "Saving " + resolved.id(),
                progress -> {
                    if (conflict.theirs() == null) db.add(resolved);
                    else db.replaceVersion(resolved, conflict.theirVersion());
                    return java.util.Optional.ofNullable(afterChange(db));
                },
                saved -> {
                    finished();
                    changed(db, saved.orElse(null));
                    onSaved.run();
                },
                e -> {
                    finished();
                    if (e instanceof EditConflictException again)
                        feedback.conflict(EventChange.edit(conflict.theirs(), resolved), again, onSaved);
                    else
                        feedback.saveFailed(
                                EventChange.edit(conflict.theirs() == null ? resolved : conflict.theirs(), resolved),
                                e.getMessage());
                });
    }

    /** Reads an event's versions in the background and hands them to {@code shown}; empty for a file store. */
    public void history(String id, java.util.function.Consumer<List<EventVersion>> shown) {
        if (!(store.get() instanceof PostgisEventStore db)) {
            shown.accept(List.of());
            return;
        }
        tasks.run(
                "Reading the history of " + id,
                progress -> db.history(id),
                shown,
                e -> feedback.saveFailed(null, e.getMessage()));
    }

    /** Makes {@code old} the event's current version (a new version), in the background. */
    public void restore(EventVersion old, Runnable onSaved) {
        if (!(store.get() instanceof PostgisEventStore db)) return;
        started();
        tasks.run(
                "Restoring version " + old.version() + " of " + old.id(),
                progress -> {
                    db.restore(old);
                    return java.util.Optional.ofNullable(afterChange(db));
                },
                saved -> {
                    finished();
                    changed(db, saved.orElse(null));
                    onSaved.run();
                },
                e -> {
                    finished();
                    feedback.saveFailed(null, e.getMessage());
                });
    }

    /** True when the open store is a shared database, which keeps versions and history. */
    public boolean isShared() {
        return store.get() instanceof PostgisEventStore;
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        watcher = null;
    }

    private List<StoreLocation> remember(StoreLocation opened) {
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
        EventStore previous = store.get();
        if (previous instanceof PostgisEventStore db)
            tasks.run(
                    "Disconnecting " + db.location().name(),
                    progress -> {
                        db.close();
                        return null;
                    },
                    done -> {},
                    e -> LOG.log(
                            System.Logger.Level.WARNING, "cannot close " + db.location() + ": " + e.getMessage(), e));
        location.set(o.location());
        file.set(o.location() instanceof StoreLocation.File f ? f.path() : null);
        online.set(true);
        // the events first: a store read per view answers its first view as soon as it is set, and that view's
        // events must not be overwritten by the (empty) list opened with it
        events.set(o.events());
        store.set(o.store());
        changedOnDisk.set(false);
        recentFiles.setAll(o.recent());
        if (o.location() instanceof StoreLocation.File f) watch(f.path(), o.store());
        if (!o.store().loadReport().problems().isEmpty())
            feedback.recordsSkipped(o.store().loadReport());
    }

    private void watch(Path path, EventStore watched) {
        try {
            watcher = StoreWatcher.start(path, () -> {
                // on the watcher thread: the stamp check reads file attributes, which the FX thread must not
                if (watched.changedOutside()) fxThread.execute(() -> noticeChange(watched));
            });
        } catch (IOException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cannot watch " + path + " for changes by other programs: " + e.getMessage(),
                    e);
        }
    }

    private void noticeChange(EventStore watched) {
        if (store.get() != watched || changedOnDisk.get()) return;
        changedOnDisk.set(true);
        feedback.changedOnDisk(file.get());
    }
}
