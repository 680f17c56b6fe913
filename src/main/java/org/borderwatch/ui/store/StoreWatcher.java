package org.borderwatch.ui.store;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Watches one file for changes by other programs, on a daemon thread of its own. The folder is watched,
 * not the file, because editors and atomic saves replace a file by renaming another over it, which a
 * watch on the file itself would miss. The callback runs on the watcher thread for every event that
 * names the file, including the app's own saves; the caller tells those apart (the store's stamp).
 */
final class StoreWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StoreWatcher.class.getName());

    private final WatchService service;
    private final Thread thread;

    private StoreWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /**
     * Starts watching {@code file}.
     *
     * @throws IOException if the file's folder cannot be watched
     */
    static StoreWatcher start(Path file, Runnable onChange) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        WatchService service = FileSystems.getDefault().newWatchService();
        try {
            folder.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            service.close();
            throw new IOException(folder + ": cannot watch this folder: " + e.getMessage(), e);
        }
        Thread thread = new Thread(() -> loop(service, name, onChange), "borderwatch-watch-" + name);
        thread.setDaemon(true);
        thread.start();
        return new StoreWatcher(service, thread);
    }

    private static void loop(WatchService service, Path name, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents())
                    // an OVERFLOW event names no file: events were lost, so the file may have changed
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                if (ours) onChange.run();
                if (!key.reset()) {
                    LOG.log(System.Logger.Level.WARNING, "stopped watching " + name + ": its folder is gone");
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the store was replaced or the window closed
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close the file watcher: " + e.getMessage(), e);
        }
        thread.interrupt();
    }
}
