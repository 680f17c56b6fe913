package org.borderwatch.events.geojson;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal values met during one load: kinds, categories, actors, publishers, dates, places.
 * A million events name a few hundred of each, so sharing them keeps a store small. Dropped after the load.
 */
final class Interner {

    private final Map<Object, Object> seen = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) return null;
        Object known = seen.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }
}
