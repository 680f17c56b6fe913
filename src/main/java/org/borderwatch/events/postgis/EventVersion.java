package org.borderwatch.events.postgis;

import java.time.Instant;
import org.borderwatch.events.model.Event;

/**
 * One version of an event from the audit history: what was done ({@code insert}, {@code update} or
 * {@code delete}), by which database user and when. {@code event} is the event as it was written (for a
 * delete, as it was before), or null when that feature is not a readable event; {@code problem} then says why.
 */
public record EventVersion(
        String id, long version, String op, Event event, String changedBy, Instant changedAt, String problem) {}
