package org.borderwatch.events.geojson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** Size, modification time and file key (inode) of a file: a change in any of them means someone else wrote it. */
record FileStamp(long size, FileTime modified, Object key) {

    /** The stamp of the file now, or null when it does not exist. */
    static FileStamp of(Path file) throws IOException {
        if (!Files.exists(file)) return null;
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
    }
}
