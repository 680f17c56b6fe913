package org.borderwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.Match;
import org.borderwatch.gazetteer.NameStyle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keystroke of the place search: {@link Gazetteer#find} over 200,000 names (200,000 synthetic places named
 * from syllables, every other one in Cyrillic; a place's Latin and Cyrillic forms fold to one key, so distinct
 * places make distinct names), for each prefix typed towards "Zvečan" and for a query with two letters swapped.
 * The budget is 5 ms a keystroke.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GazetteerSearchBench {

    private static final String[] SYLLABLES = {
        "ba", "nj", "ska", "ze", "va", "lo", "ri", "mi", "tro", "vi", "ca", "ce", "lje", "po", "sa", "vić", "do", "bra",
        "gor", "nji", "kra", "če", "ša", "đu", "ra", "ko", "sto", "pe", "zve", "ćan", "ne", "su", "ho", "dra", "ža",
        "pri"
    };

    @Param({"z", "zv", "zve", "zvec", "zveca", "zvecan", "zvecna", "Звечан"})
    String query;

    private Gazetteer gazetteer;

    @Setup
    public void build() {
        Random r = new Random(11);
        List<GazetteerPlace> places = new ArrayList<>(200_000);
        places.add(new GazetteerPlace(
                "geonames:783770",
                "settlement",
                Map.of("sr-Latn", "Zvečan", "sr-Cyrl", "Звечан"),
                List.of(),
                20.84028,
                42.9075,
                "Zvečan",
                "XK",
                17000,
                "GeoNames 783770",
                "test"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (places.size() < 200_000) {
            StringBuilder name = new StringBuilder();
            int n = 2 + r.nextInt(4);
            for (int k = 0; k < n; k++) name.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
            String latin = name.toString();
            if (!seen.add(latin)) continue;
            places.add(new GazetteerPlace(
                    "synthetic:" + places.size(),
                    "settlement",
                    places.size() % 2 == 0 ? Map.of("sr-Latn", latin) : Map.of("sr-Cyrl", NameStyle.toCyrillic(latin)),
                    List.of(),
                    20 + r.nextDouble(),
                    42 + r.nextDouble(),
                    null,
                    "RS",
                    r.nextInt(5000),
                    "synthetic",
                    "synthetic"));
        }
        gazetteer = Gazetteer.of(places);
        if (gazetteer.nameCount() < 199_000)
            throw new IllegalStateException("only " + gazetteer.nameCount() + " distinct names");
    }

    @Benchmark
    public List<Match> keystroke() {
        return gazetteer.find(query, 8);
    }
}
