package org.borderwatch.map.osm;

/**
 * An OpenStreetMap extract that cannot be used: a broken or cut zip, a download whose checksum does not match, a
 * server that cannot be reached. The message names the file and, inside a zip, the entry.
 */
public final class ExtractException extends Exception {

    private final String file;
    private final String entry;

    /**
     * @param file   the zip or download, by name
     * @param entry  the entry inside the zip, or null
     * @param reason what is wrong, in words
     */
    public ExtractException(String file, String entry, String reason) {
        super(file + (entry == null ? "" : ", entry " + entry) + ": " + reason);
        this.file = file;
        this.entry = entry;
    }

    public ExtractException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.entry = null;
    }

    /** The zip or download, by name. */
    public String file() {
        return file;
    }

    /** The entry inside the zip; null when the problem is the file as a whole. */
    public String entry() {
        return entry;
    }
}
