package org.borderwatch.events.model;

/** A published report an event rests on. {@code date} is ISO 8601 text, null when the page shows none. */
public record Source(String publisher, String title, String url, String date) {
    public Source {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("source url is required");
    }
}
