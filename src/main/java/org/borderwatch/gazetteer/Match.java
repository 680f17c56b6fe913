package org.borderwatch.gazetteer;

/**
 * A place found for a query, the name form that matched, and how well: {@code rank} 0 is the whole name, 1 the
 * start of the name, 2 the start of a later word, 3 and up a near miss by that many typing errors less one.
 */
public record Match(GazetteerPlace place, String matchedName, int rank) {}
