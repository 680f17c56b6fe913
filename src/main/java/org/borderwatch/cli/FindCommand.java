package org.borderwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.Match;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.places.KnownPlaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code find NAME}: the places matching a name in any script or spelling, best first, as a table
 * or as GeoJSON. Exit 0 with matches, 1 with none, 2 when the gazetteer cannot be read.
 */
@Command(
        name = "find",
        mixinStandardHelpOptions = true,
        description = "Find places by name in any script or spelling (Zvečan, Zveçan, Звечан, zvecan).")
final class FindCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "the name, or its first letters")
    List<String> words;

    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            defaultValue = "data/gazetteer.geojson",
            description = "the gazetteer to search (default: ${DEFAULT-VALUE})")
    Path gazetteerFile;

    @Option(
            names = "--maps",
            paramLabel = "DIR",
            defaultValue = "${sys:borderwatch.maps:-maps}",
            description = "the base map folder whose catalogue layers name places (default: ${DEFAULT-VALUE})")
    Path mapsDir;

    @Option(
            names = "--crossings",
            paramLabel = "FILE",
            defaultValue = "data/crossings.geojson",
            description = "the crossing points (default: ${DEFAULT-VALUE})")
    Path crossingsFile;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "at most N places (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(
            names = "--names",
            paramLabel = "STYLE",
            defaultValue = "sr-Latn",
            description = "how to write names: sr-Latn, sr-Cyrl, sq, en or dual (default: ${DEFAULT-VALUE})")
    String names;

    @Option(names = "--geojson", description = "write the places as a GeoJSON FeatureCollection")
    boolean geojson;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NameStyle style;
        try {
            style = NameStyle.fromTag(names);
        } catch (IllegalArgumentException e) {
            err.println("find: " + e.getMessage());
            return 2;
        }
        Gazetteer gazetteer;
        try {
            gazetteer = KnownPlaces.load(gazetteerFile, mapsDir, crossingsFile);
        } catch (IOException e) {
            err.println(gazetteerFile + ": cannot read: " + e.getMessage());
            return 2;
        }
        for (String p : gazetteer.problems()) err.println(p);
        List<Match> found = gazetteer.find(String.join(" ", words), Math.max(1, limit));
        if (geojson) out.print(geojson(found, style));
        else table(out, found, style);
        // print does not flush an auto-flushing writer the way println does
        out.flush();
        return found.isEmpty() ? 1 : 0;
    }

    private static void table(PrintWriter out, List<Match> found, NameStyle style) {
        out.println(String.format(
                Locale.ROOT,
                "%-32s %-12s %-18s %-9s %-10s %-10s %s",
                "name",
                "kind",
                "municipality",
                "country",
                "lat",
                "lon",
                "id"));
        for (Match m : found) {
            GazetteerPlace p = m.place();
            out.println(String.format(
                    Locale.ROOT,
                    "%-32s %-12s %-18s %-9s %-10.5f %-10.5f %s",
                    style.label(p),
                    p.kind(),
                    p.municipality() == null ? "" : p.municipality(),
                    p.country() == null ? "" : p.country(),
                    p.lat(),
                    p.lon(),
                    p.id()));
        }
        if (found.isEmpty()) out.println("(no place matches)");
    }

    private static String geojson(List<Match> found, NameStyle style) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Match m : found) {
            GazetteerPlace p = m.place();
            ObjectNode f = features.addObject().put("type", "Feature");
            ObjectNode g = f.putObject("geometry").put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat());
            ObjectNode props = f.putObject("properties")
                    .put("id", p.id())
                    .put("name", style.label(p))
                    .put("kind", p.kind())
                    .put("municipality", p.municipality())
                    .put("country", p.country())
                    .put("matched", m.matchedName())
                    .put("rank", m.rank())
                    .put("coordinate_source", p.coordinateSource())
                    .put("name_source", p.nameSource());
            if (p.bounds() != null)
                f.putArray("bbox")
                        .add(p.bounds().west())
                        .add(p.bounds().south())
                        .add(p.bounds().east())
                        .add(p.bounds().north());
            ObjectNode n = props.putObject("names");
            p.names().forEach(n::put);
            ArrayNode alt = props.putArray("alt_names");
            p.altNames().forEach(alt::add);
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
