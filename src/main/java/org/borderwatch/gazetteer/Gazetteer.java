package org.borderwatch.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

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
    /** Folded name forms, and the index in {@link #places} of the place each belongs to, in place order. */
    private final String[] keys;

    private final String[] forms;
    private final int[] placeOf;
    private final double[] importance;
    /** The name forms (indexes into {@link #keys}) sorted by key: a prefix is one run, found by binary search. */
    private final int[] byKey;
    /**
     * Every later word start of every key, sorted by the text from there to the key's end: form index in the
     * high 32 bits, offset in the key in the low 32. A query that starts a later word is one run of it.
     */
    private final long[] byWord;
    /** Per-thread scratch for one search, so a search allocates nothing proportional to the places. */
    private final ThreadLocal<Scratch> scratch;

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
            importance[i] = importance(p);
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
        byKey = IntStream.range(0, keys.length)
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        List<Long> words = new ArrayList<>();
        for (int i = 0; i < keys.length; i++)
            for (int at = keys[i].indexOf(' '); at >= 0; at = keys[i].indexOf(' ', at + 1))
                words.add(((long) i << 32) | (at + 1));
        byWord = words.stream()
                .sorted((a, b) ->
                        compareFrom(keys[(int) (a >>> 32)], (int) (long) a, keys[(int) (b >>> 32)], (int) (long) b))
                .mapToLong(Long::longValue)
                .toArray();
        int size = this.places.size();
        scratch = ThreadLocal.withInitial(() -> new Scratch(size));
    }

    /**
     * How much a place counts among equal matches: the order of magnitude of its population, at least a floor for
     * areas (a district outranks a municipality, a municipality a village of a few thousand), and one more for
     * anything that is not a settlement (a named site or an area over a village of the same size).
     */
    private static double importance(GazetteerPlace p) {
        double floor = switch (p.kind()) {
            case "country" -> 6;
            case "district" -> 4;
            case "municipality" -> 3;
            default -> 0;
        };
        return Math.max(floor, Math.log10(p.population() + 1.0)) + ("settlement".equals(p.kind()) ? 0 : 1);
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

    /**
     * This gazetteer with the places of {@code more} it does not hold yet, and {@code moreProblems} after its own
     * problems. A place is held when one has its id, or is of its kind, has one of its names (case, accents and
     * script ignored) and lies within {@value #SAME_PLACE_KM} km: a base-map village the curated file already has
     * under another id, a crossing named in two files.
     */
    public Gazetteer adding(List<GazetteerPlace> more, List<String> moreProblems) {
        List<GazetteerPlace> all = new ArrayList<>(places);
        Set<String> ids = new HashSet<>(byId.keySet());
        for (GazetteerPlace p : more) if (ids.add(p.id()) && !holds(p)) all.add(p);
        List<String> problemsAll = new ArrayList<>(problems);
        problemsAll.addAll(moreProblems);
        return new Gazetteer(all, problemsAll);
    }

    /** How near two places of one kind and name must be to count as one. */
    public static final double SAME_PLACE_KM = 2.0;

    private boolean holds(GazetteerPlace p) {
        List<String> all = new ArrayList<>(p.names().values());
        all.addAll(p.altNames());
        for (String form : all) {
            String key = NameKey.of(form);
            if (key.isEmpty()) continue;
            for (int r = lowerBound(key); r < byKey.length && keys[byKey[r]].equals(key); r++) {
                GazetteerPlace q = places.get(placeOf[byKey[r]]);
                if (q.kind().equals(p.kind()) && kilometres(p, q) <= SAME_PLACE_KM) return true;
            }
        }
        return false;
    }

    /** The distance between two places on a sphere, near enough for telling one place from another. */
    private static double kilometres(GazetteerPlace a, GazetteerPlace b) {
        double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        double y = Math.toRadians(b.lat() - a.lat());
        return Math.hypot(x, y) * 6371.0;
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

    /**
     * Up to {@code limit} places whose names match {@code query}, best first; none for a blank query. The whole
     * name and its starts are one run of the keys sorted by name, later words one run of the sorted word starts,
     * and near misses are found by walking the sorted keys as a trie: the edit distance of a key's first letters is
     * shared by every key that starts with them, and a start already too far off rules out all its keys at once.
     */
    public List<Match> find(String query, int limit) {
        String q = NameKey.of(query);
        if (q.isEmpty() || limit <= 0) return List.of();
        Scratch s = scratch.get();
        s.reset();
        int from = lowerBound(q), to = upperBound(q, from);
        for (int r = from; r < to; r++) {
            int i = byKey[r];
            s.offer(placeOf[i], i, keys[i].length() == q.length() ? 0 : 1);
        }
        int w = lowerBoundWord(q);
        for (; w < byWord.length && keys[(int) (byWord[w] >>> 32)].startsWith(q, (int) byWord[w]); w++) {
            int i = (int) (byWord[w] >>> 32);
            s.offer(placeOf[i], i, 2);
        }
        int maxErrors = q.length() < 3 ? 0 : q.length() < 5 ? 1 : 2;
        if (maxErrors > 0) {
            nearMisses(q, q.charAt(0), maxErrors, s);
            if (q.length() > 1 && q.charAt(1) != q.charAt(0)) nearMisses(q, q.charAt(1), maxErrors, s);
        }
        return top(s, limit);
    }

    /** The best {@code limit} of the places offered to {@code s}, as matches. */
    private List<Match> top(Scratch s, int limit) {
        // the best few by insertion into a short sorted array: a one-letter query can hit a tenth of the names,
        // and sorting them all would cost more than finding them
        int[] top = new int[Math.min(limit, s.hits)];
        int count = 0;
        for (int h = 0; h < s.hits; h++) {
            int p = s.hit[h];
            if (count == top.length && !better(p, top[count - 1], s)) continue;
            int at = count < top.length ? count++ : count - 1;
            while (at > 0 && better(p, top[at - 1], s)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = p;
        }
        List<Match> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++)
            out.add(new Match(places.get(top[k]), forms[s.bestForm[top[k]]], s.best[top[k]]));
        return out;
    }

    /** Whether place a ranks before place b: a better match, then more important, then by name, then first loaded. */
    private boolean better(int a, int b, Scratch s) {
        if (s.best[a] != s.best[b]) return s.best[a] < s.best[b];
        if (importance[a] != importance[b]) return importance[a] > importance[b];
        int byName = forms[s.bestForm[a]].compareTo(forms[s.bestForm[b]]);
        return byName != 0 ? byName < 0 : a < b;
    }

    /**
     * Offers every key starting with {@code first} that is within {@code max} edits of a start of it but does not
     * start with {@code q} (those matched already) at rank 2 + edits. The keys are visited in sorted order; column
     * j of the edit table (q against the key's first j letters) is kept from the key before when the two share j
     * letters, and when every cell of a column exceeds {@code max} no longer start can come back within it, so
     * all keys sharing those letters are skipped by one binary search.
     */
    private void nearMisses(String q, char first, int max, Scratch s) {
        int n = q.length(), over = max + 1, depth = n + max;
        int lo = lowerBound(String.valueOf(first)), hi = upperBound(String.valueOf(first), lo);
        int[][] col = new int[depth + 1][n + 1];
        for (int i = 0; i <= n; i++) col[0][i] = Math.min(i, over);
        String before = "";
        int valid = 0;
        int r = lo;
        next:
        while (r < hi) {
            int form = byKey[r];
            String key = keys[form];
            int m = Math.min(key.length(), depth);
            int j = 1;
            while (j <= Math.min(valid, m) && j <= before.length() && before.charAt(j - 1) == key.charAt(j - 1)) j++;
            for (; j <= m; j++) {
                int[] c = col[j], c1 = col[j - 1];
                char b = key.charAt(j - 1);
                c[0] = Math.min(j, over);
                int least = c[0];
                for (int i = 1; i <= n; i++) {
                    char a = q.charAt(i - 1);
                    int v = Math.min(Math.min(c1[i] + 1, c[i - 1] + 1), c1[i - 1] + (a == b ? 0 : 1));
                    if (i > 1 && j > 1 && a == key.charAt(j - 2) && q.charAt(i - 2) == b)
                        v = Math.min(v, col[j - 2][i - 2] + 1);
                    c[i] = Math.min(v, over);
                    least = Math.min(least, c[i]);
                }
                if (least > max) {
                    // every key starting with these j letters matches as well as its first j - 1 do, or not at all
                    int end = upperBound(key.substring(0, j), r);
                    int d = distance(col, n, max, j - 1);
                    if (d >= 1 && d <= max) for (; r < end; r++) s.offer(placeOf[byKey[r]], byKey[r], 2 + d);
                    before = key;
                    valid = j;
                    r = end;
                    continue next;
                }
            }
            before = key;
            valid = m;
            int d = distance(col, n, max, m);
            if (d >= 1 && d <= max) s.offer(placeOf[form], form, 2 + d);
            r++;
        }
    }

    /** The fewest edits from the query (of n letters) to a start of the key no longer than {@code m} letters. */
    private static int distance(int[][] col, int n, int max, int m) {
        int d = max + 1;
        for (int k = Math.max(0, n - max); k <= m; k++) d = Math.min(d, col[k][n]);
        return d;
    }

    /** The first position in {@link #byKey} whose key is not before {@code prefix}. */
    private int lowerBound(String prefix) {
        int lo = 0, hi = byKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[byKey[mid]].compareTo(prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first position from {@code from} on in {@link #byKey} whose key does not start with {@code prefix}. */
    private int upperBound(String prefix, int from) {
        int lo = from, hi = byKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[byKey[mid]].startsWith(prefix)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The first position in {@link #byWord} whose text is not before {@code q}. */
    private int lowerBoundWord(String q) {
        int lo = 0, hi = byWord.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long e = byWord[mid];
            if (compareFrom(keys[(int) (e >>> 32)], (int) e, q, 0) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Compares a's text from offset i with b's from offset j, as String.compareTo compares whole strings. */
    private static int compareFrom(String a, int i, String b, int j) {
        int n = Math.min(a.length() - i, b.length() - j);
        for (int k = 0; k < n; k++) {
            int d = a.charAt(i + k) - b.charAt(j + k);
            if (d != 0) return d;
        }
        return (a.length() - i) - (b.length() - j);
    }

    /**
     * One search's best rank and name form per place, and the places hit, without clearing arrays the size of the
     * gazetteer: a place's entries count only when its stamp is this search's.
     */
    private static final class Scratch {
        final int[] stamp, best, bestForm, hit;
        int search, hits;

        Scratch(int places) {
            stamp = new int[places];
            best = new int[places];
            bestForm = new int[places];
            hit = new int[places];
        }

        void reset() {
            search++;
            hits = 0;
        }

        /** Place p matched by form {@code form} at {@code rank}: kept if its best, or as good and an earlier form. */
        void offer(int p, int form, int rank) {
            if (stamp[p] != search) {
                stamp[p] = search;
                best[p] = rank;
                bestForm[p] = form;
                hit[hits++] = p;
            } else if (rank < best[p] || (rank == best[p] && form < bestForm[p])) {
                best[p] = rank;
                bestForm[p] = form;
            }
        }
    }
}
