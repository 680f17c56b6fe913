package org.borderwatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexed search against a plain scan of every name on a random sample of names and queries. */
class GazetteerIndexTest {

    private static final String[] SYLLABLES = {
        "ba", "nj", "ska", "ze", "va", "lo", "ri", "mi", "tro", "vi", "ca", "ce", "lje", "po", "sa", "vić", "do", "bra",
        "gor", "nji", "kra", "če", "ša", "đu", "ra", "ko", "sto", "pe", "zve", "ćan", "ne", "su", "ho", "dra", "ža"
    };

    /** Names folded once: folding is the slow part of the scan and the same for every query. */
    private static final Map<String, String> FOLDED = new HashMap<>();

    @Test
    void findsTheSamePlacesAtTheSameRanksAsAScanOfEveryName() {
        Random r = new Random(15);
        List<GazetteerPlace> places = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String name =
                    word(r) + (r.nextInt(4) == 0 ? " " + word(r) : "") + (r.nextInt(10) == 0 ? "-" + word(r) : "");
            latin.add(name);
            Map<String, String> names = i % 3 == 0
                    ? Map.of("sr-Cyrl", NameStyle.toCyrillic(name))
                    : i % 3 == 1 ? Map.of("sr-Latn", name) : Map.of("sr-Latn", name, "sq", word(r));
            List<String> alt = r.nextInt(5) == 0 ? List.of(word(r), word(r) + " " + word(r)) : List.of();
            places.add(new GazetteerPlace(
                    "t:" + i,
                    i % 7 == 0 ? "municipality" : "settlement",
                    names,
                    alt,
                    20,
                    43,
                    null,
                    "RS",
                    r.nextInt(100000),
                    "test",
                    "test"));
        }
        Gazetteer g = Gazetteer.of(places);
        int compared = 0;
        for (int k = 0; k < 300; k++) {
            String name = latin.get(r.nextInt(latin.size()));
            String query = slip(r, name.substring(0, 1 + r.nextInt(name.length())));
            Map<String, String> expected = scan(places, query);
            Map<String, String> found = new HashMap<>();
            for (Match m : g.find(query, places.size())) found.put(m.place().id(), m.rank() + " " + m.matchedName());
            assertThat(found).as(query).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("matches compared").isGreaterThan(2000);
    }

    @Test
    void listsTheBestMatchesFirstInTheOrderOfRankThenImportance() {
        Random r = new Random(16);
        List<GazetteerPlace> places = new ArrayList<>();
        for (int i = 0; i < 3000; i++)
            places.add(new GazetteerPlace(
                    "t:" + i,
                    "settlement",
                    Map.of("sr-Latn", word(r)),
                    List.of(),
                    20,
                    43,
                    null,
                    "RS",
                    r.nextInt(100000),
                    "test",
                    "test"));
        Gazetteer g = Gazetteer.of(places);
        for (String query : List.of("z", "zve", "zvecna", "banjs", "mitro", "kra")) {
            List<Match> all = g.find(query, places.size());
            assertThat(g.find(query, 8)).as(query).isEqualTo(all.subList(0, Math.min(8, all.size())));
            for (int i = 1; i < all.size(); i++)
                assertThat(all.get(i).rank())
                        .as(query)
                        .isGreaterThanOrEqualTo(all.get(i - 1).rank());
        }
    }

    private static String word(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 2 + r.nextInt(3);
        for (int k = 0; k < n; k++) s.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    /** The query with a typing slip or two, or none: a letter dropped, doubled, swapped with the next or changed. */
    private static String slip(Random r, String q) {
        StringBuilder s = new StringBuilder(q);
        int slips = r.nextInt(3);
        for (int k = 0; k < slips && s.length() > 1; k++) {
            int at = r.nextInt(s.length() - 1);
            switch (r.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, s.charAt(at));
                case 2 -> {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                }
                default -> s.setCharAt(at, (char) ('a' + r.nextInt(26)));
            }
        }
        return s.toString();
    }

    /**
     * The reference: every folded name of every place compared with the query in turn, the whole name first, then
     * its start, a later word's start, and a start within the allowed edits; each place's best rank and the first
     * of its names that gives it, as "rank name".
     */
    static Map<String, String> scan(List<GazetteerPlace> places, String query) {
        String q = NameKey.of(query);
        Map<String, String> out = new HashMap<>();
        if (q.isEmpty()) return out;
        int maxErrors = q.length() < 3 ? 0 : q.length() < 5 ? 1 : 2;
        char first = q.charAt(0), second = q.length() > 1 ? q.charAt(1) : first;
        int[][] rows = new int[3][q.length() + maxErrors + 2];
        for (GazetteerPlace p : places) {
            Set<String> seen = new LinkedHashSet<>();
            List<String> all = new ArrayList<>(p.names().values());
            all.addAll(p.altNames());
            int best = Integer.MAX_VALUE;
            String bestName = null;
            for (String form : all) {
                String key = FOLDED.computeIfAbsent(form, NameKey::of);
                if (key.isEmpty() || !seen.add(key)) continue;
                int rank;
                if (key.startsWith(q)) rank = key.length() == q.length() ? 0 : 1;
                else if (key.contains(" " + q)) rank = 2;
                else if (maxErrors > 0 && (key.charAt(0) == first || key.charAt(0) == second)) {
                    int d = prefixDistance(q, key, maxErrors, rows);
                    if (d > maxErrors) continue;
                    rank = 2 + d;
                } else continue;
                if (rank < best) {
                    best = rank;
                    bestName = form;
                }
            }
            if (bestName != null) out.put(p.id(), best + " " + bestName);
        }
        return out;
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
}
