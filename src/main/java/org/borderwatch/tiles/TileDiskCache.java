package org.borderwatch.tiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Tiles of one server kept on disk, {@code DIR/z/x/y.tile} with {@code y.meta} beside it (when it expires, and
 * the ETag to revalidate it with). Stale tiles are kept: offline, they are what the map can still show. Each file
 * is written to a temporary file in its folder and moved into place, so a crash never leaves half a tile; the
 * tile is moved before its metadata, and a tile without metadata is simply stale.
 */
final class TileDiskCache {

    /** A cached tile and what its server said about keeping it. */
    record Entry(byte[] bytes, long expiresMillis, String etag) {
        boolean freshAt(long nowMillis) {
            return nowMillis < expiresMillis;
        }
    }

    private final Path dir;

    TileDiskCache(Path dir) {
        this.dir = dir;
    }

    /** The folder for the tiles of {@code template} under the app's tile cache {@code root}. */
    static Path folderFor(Path root, TileTemplate template) {
        String host = template.host().replaceAll("[^A-Za-z0-9.-]", "_");
        int hash = (template.template() + "|" + template.subdomains()).hashCode();
        return root.resolve(host + "-" + HexFormat.of().toHexDigits(hash));
    }

    /** The cached tile, or null when there is none or it cannot be read (it is then fetched again). */
    Entry read(TileId id) {
        Path tile = tileFile(id);
        try {
            if (!Files.isRegularFile(tile)) return null;
            byte[] bytes = Files.readAllBytes(tile);
            Properties meta = new Properties();
            Path metaFile = metaFile(id);
            if (Files.isRegularFile(metaFile)) {
                try (var in = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                    meta.load(in);
                }
            }
            long expires;
            try {
                expires = Long.parseLong(meta.getProperty("expires", "0"));
            } catch (NumberFormatException e) {
                expires = 0;
            }
            return new Entry(bytes, expires, meta.getProperty("etag"));
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps {@code entry} for {@code id}, atomically. */
    void write(TileId id, Entry entry) throws IOException {
        Path tile = tileFile(id);
        Files.createDirectories(tile.getParent());
        writeAtomically(tile, entry.bytes());
        writeExpiry(id, entry);
    }

    /** A revalidated tile: only its expiry and ETag change. */
    void writeExpiry(TileId id, Entry entry) throws IOException {
        Properties meta = new Properties();
        meta.setProperty("expires", Long.toString(entry.expiresMillis()));
        if (entry.etag() != null) meta.setProperty("etag", entry.etag());
        StringBuilder text = new StringBuilder();
        meta.stringPropertyNames().stream()
                .sorted()
                .forEach(k ->
                        text.append(k).append('=').append(meta.getProperty(k)).append('\n'));
        writeAtomically(metaFile(id), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path tileFile(TileId id) {
        return dir.resolve(Integer.toString(id.z()))
                .resolve(Integer.toString(id.x()))
                .resolve(id.y() + ".tile");
    }

    private Path metaFile(TileId id) {
        return dir.resolve(Integer.toString(id.z()))
                .resolve(Integer.toString(id.x()))
                .resolve(id.y() + ".meta");
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
