package org.borderwatch.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named places and a search over all their names. A query is folded like every name (case, accents and script
 * ignored, see {@link NameKey}) and compared with each name form: the whole name ranks first, then names it
 * starts, then names with a later word it starts, then near misses within one typing error (two for queries of
 * five letters or more). Places are ranked by their best form, then by importance (population, and named sites
 * over villages of the same rank). Immutable and thread-safe once built.
 */
public final class Gazetteer {

    private final List<GazetteerPlace> places;
    private final Map<String, GazetteerPlace> byId;
    private final List<String> problems;
    /** Folded name forms, and the index in {@link #places} of the place each belongs to. */
    private final String[] keys;

    private final String[] forms;
    private final int[] placeOf;
    private final double[] importance;

    private Gazetteer(List<GazetteerPlace> places, List<String> problems) {
        this.places = List.copyOf(places);
        this.problems = List.copyOf(problems);
        Map<String, GazetteerPlace> ids = new HashMap<>();
        for (GazetteerPlace p : this.places) ids.putIfAbsent(p.id(), p);
        this.byId = Map.copyOf(ids);
        List<String> k = new ArrayList<>(), f = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        importance = new double[this.places.size()];
        for (int i = 0; i < this.places.size(); i++) {
            GazetteerPlace p = this.places.get(i);
            importance[i] = Math.log10(p.population() + 1.0) + ("settlement".equals(p.kind()) ? 0 : 1);
            Set<String> seen = new LinkedHashSet<>();
            List<String> all = new ArrayList<>(p.names().values());
            all.addAll(p.altNames());
            for (String form : all) {
                String key = NameKey.of(form);
                if (!key.isEmpty() && seen.add(key)) {
                    k.add(key);
                    f.add(form);
                    of.add(i);
                }
            }
        }
        keys = k.toArray(String[]::new);
        forms = f.toArray(String[]::new);
        placeOf = of.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A gazetteer of {@code places}; of two with one id the first is found by {@link #byId}. */
    public static Gazetteer of(List<GazetteerPlace> places) {
        return new Gazetteer(places, List.of());
    }

    /**
     * Reads a gazetteer GeoJSON file (data/gazetteer.geojson): Point features with id, kind, names, alt_names,
     * municipality, country, population, coordinate_source and name_source. A broken record is skipped and named
     * in {@link #problems()}; the rest load.
     *
     * @throws IOException if the file cannot be read or is not a GeoJSON FeatureCollection
     */
    public static Gazetteer load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray())
            throw new IOException(file.getFileName() + ": not a GeoJSON FeatureCollection (no features array)");
        List<GazetteerPlace> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String where = file.getFileName() + ", record " + i;
            try {
                out.add(place(feature));
            } catch (IllegalArgumentException e) {
                String id = feature.path("properties").path("id").asText("");
                problems.add(where + (id.isEmpty() ? "" : " (id " + id + ")") + ": " + e.getMessage());
            }
        }
        return new Gazetteer(out, problems);
    }

    private static GazetteerPlace place(JsonNode feature) {
        JsonNode c = feature.path("geometry").path("coordinates");
        if (!"Point".equals(feature.path("geometry").path("type").asText())
                || c.size() != 2
                || !c.get(0).isNumber()
                || !c.get(1).isNumber()) throw new IllegalArgumentException("/geometry: must be a Point [lon, lat]");
        JsonNode p = feature.path("properties");
        Map<String, String> names = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.path("names").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual())
                throw new IllegalArgumentException("/properties/names/" + e.getKey() + ": must be a string");
            names.put(e.getKey(), e.getValue().asText());
        }
        List<String> alt = new ArrayList<>();
        for (JsonNode a : p.path("alt_names")) alt.add(a.asText());
        return new GazetteerPlace(
                p.path("id").asText(null),
                p.path("kind").asText(null),
                names,
                alt,
                c.get(0).asDouble(),
                c.get(1).asDouble(),
                text(p, "municipality"),
                text(p, "country"),
                p.path("population").asLong(0),
                text(p, "coordinate_source"),
                text(p, "name_source"));
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** This gazetteer with {@code more} places after its own (for features of base data the user added). */
    public Gazetteer with(List<GazetteerPlace> more) {
        List<GazetteerPlace> all = new ArrayList<>(places);
        all.addAll(more);
        return new Gazetteer(all, problems);
    }

    public List<GazetteerPlace> places() {
        return places;
    }

    /** The records skipped on load, each naming file, record and field. */
    public List<String> problems() {
        return problems;
    }

    public Optional<GazetteerPlace> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The number of name forms searched. */
    public int nameCount() {
        return keys.length;
    }

    /** Up to {@code limit} places whose names match {@code query}, best first; none for a blank query. */
    public List<Match> find(String query, int limit) {
        String q = NameKey.of(query);
        if (q.isEmpty() || limit <= 0) return List.of();
        int maxErrors = q.length() < 3 ? 0 : q.length() < 5 ? 1 : 2;
        int[] best = new int[places.size()];
        int[] bestForm = new int[places.size()];
        Arrays.fill(best, Integer.MAX_VALUE);
        IntList hit = new IntList();
        char first = q.charAt(0), second = q.length() > 1 ? q.charAt(1) : first;
        int[][] rows = new int[3][q.length() + maxErrors + 2];
        String laterWord = " " + q;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            int rank;
            if (key.startsWith(q)) rank = key.length() == q.length() ? 0 : 1;
            else if (key.contains(laterWord)) rank = 2;
            else if (maxErrors > 0 && (key.charAt(0) == first || key.charAt(0) == second)) {
                int d = prefixDistance(q, key, maxErrors, rows);
                if (d > maxErrors) continue;
                rank = 2 + d;
            } else continue;
            int p = placeOf[i];
            if (best[p] == Integer.MAX_VALUE) hit.add(p);
            if (rank < best[p]) {
                best[p] = rank;
                bestForm[p] = i;
            }
        }
        // the best few by insertion into a short sorted array: a one-letter query can hit a tenth of the names,
        // and sorting them all would cost more than finding them
        int[] top = new int[Math.min(limit, hit.size())];
        int count = 0;
        for (int h = 0; h < hit.size(); h++) {
            int p = hit.get(h);
            if (count == top.length && !better(p, top[count - 1], best, bestForm)) continue;
            int at = count < top.length ? count++ : count - 1;
            while (at > 0 && better(p, top[at - 1], best, bestForm)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = p;
        }
        List<Match> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) out.add(new Match(places.get(top[k]), forms[bestForm[top[k]]], best[top[k]]));
        return out;
    }

    /** Whether place a ranks before place b: a better match, then more important, then by name. */
    private boolean better(int a, int b, int[] best, int[] bestForm) {
        if (best[a] != best[b]) return best[a] < best[b];
        if (importance[a] != importance[b]) return importance[a] > importance[b];
        return forms[bestForm[a]].compareTo(forms[bestForm[b]]) < 0;
    }

    /**
     * The fewest edits (insert, delete, substitute, swap two neighbours) turning {@code q} into some start of
     * {@code key}, or {@code max + 1} when more than {@code max}: typing a name letter by letter, the query is a
     * start of the name with a slip or two. {@code rows} is scratch space: three rows of at least q.length() + max + 2.
     */
    static int prefixDistance(String q, String key, int max, int[][] rows) {
        int n = q.length(), m = Math.min(key.length(), n + max);
        if (m < n - max) return max + 1;
        // three rows rotated, not copied: the one before the previous is needed for a swap of neighbours. Only the
        // band |i - j| <= max can stay within max edits; cells outside it count as max + 1.
        int[] prev2 = rows[2], prev = rows[0], cur = rows[1];
        int over = max + 1;
        for (int j = 0; j <= m; j++) prev[j] = Math.min(j, over);
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max), to = Math.min(m, i + max);
            cur[0] = Math.min(i, over);
            if (from > 1) cur[from - 1] = over;
            int rowMin = from == 1 ? cur[0] : over;
            char a = q.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char b = key.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a == b ? 0 : 1));
                if (i > 1 && j > 1 && a == key.charAt(j - 2) && q.charAt(i - 2) == b) v = Math.min(v, prev2[j - 2] + 1);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) cur[to + 1] = over;
            if (rowMin > max) return over;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        int best = over;
        for (int j = Math.max(0, n - max); j <= Math.min(m, n + max); j++) best = Math.min(best, prev[j]);
        return best;
    }

    /** A growable list of ints, to collect hits without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return values[i];
        }
    }
}
