package org.borderwatch.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingNames;
import org.borderwatch.crossings.CrossingsLoad;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.map.CataloguePlaces;
import org.borderwatch.map.catalogue.Catalogue;

/**
 * Every named place the application knows, as one gazetteer. A place already held (same id, or same kind and name
 * within {@value Gazetteer#SAME_PLACE_KM} km) is not added again from a later source, so the curated record, with
 * its sourced names in every script, is the one found.
 */
public final class KnownPlaces {

    private KnownPlaces() {}

    /**
     * The curated gazetteer, the crossings and the named features of the maps folder's catalogue layers. The
     * crossings file and the maps folder may be absent (their places are then missing, not an error); a broken
     * record or layer is skipped and named in {@link Gazetteer#problems()}.
     *
     * @throws IOException if the curated gazetteer cannot be read, or a catalogue or crossings file that exists
     */
    public static Gazetteer load(Path gazetteerFile, Path mapsDir, Path crossingsFile) throws IOException {
        Gazetteer curated = Gazetteer.load(gazetteerFile);
        List<GazetteerPlace> crossings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (crossingsFile != null && Files.isRegularFile(crossingsFile)) {
            CrossingsLoad load = new CrossingsReader().read(crossingsFile);
            for (RecordProblem p : load.problems()) problems.add(p.toString());
            String file = crossingsFile.getFileName().toString();
            for (Crossing c : load.crossings()) crossings.add(place(c, file));
        }
        Catalogue catalogue = mapsDir != null && Files.isDirectory(mapsDir) ? Catalogue.of(mapsDir) : null;
        if (catalogue == null) return curated.adding(crossings, problems);
        CataloguePlaces.Result layers = CataloguePlaces.read(catalogue, crossings);
        problems.addAll(layers.problems());
        return curated.adding(layers.others(), List.of()).adding(layers.places(), problems);
    }

    /** A crossing as a place: its names in each script, its point and the source of that point. */
    static GazetteerPlace place(Crossing c, String file) {
        CrossingNames n = c.names();
        Map<String, String> names = new LinkedHashMap<>();
        if (n.serbianLatin() != null) names.put("sr-Latn", n.serbianLatin());
        if (n.serbianCyrillic() != null) names.put("sr-Cyrl", n.serbianCyrillic());
        if (n.albanian() != null) names.put("sq", n.albanian());
        String pointSource = c.position().sources().isEmpty()
                ? c.position().basis()
                : c.position().sources().get(0).url();
        return new GazetteerPlace(
                "crossing:" + c.id(),
                "crossing",
                names,
                n.other(),
                c.lon(),
                c.lat(),
                null,
                null,
                0,
                file + " (" + c.position().level().jsonName() + "): " + pointSource,
                file);
    }
}
