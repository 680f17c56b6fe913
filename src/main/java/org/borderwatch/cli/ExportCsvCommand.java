package org.borderwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.borderwatch.analysis.BoundaryDistance;
import org.borderwatch.analysis.DistanceRange;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.acled.AcledCsv;
import org.borderwatch.events.model.Event;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-csv FILE|--store LOCATION --out CSV [--bbox W,S,E,N] [filters]}: writes an event store, or the part that passes the filters, as ACLED
 * CSV, and warns of what ACLED's columns cannot hold. Refuses to replace a file without --force.
 */
@Command(
        name = "export-csv",
        mixinStandardHelpOptions = true,
        description = {
            "Write the events of a store (all, or those passing the filters) as ACLED CSV.",
            "ACLED's columns hold the id, date and its precision (time_precision), type, two actors, place, position "
                    + "and its precision, sources (publisher and URL), summary (notes), killed (fatalities) and tags; "
                    + "events imported from ACLED get back every column they came with.",
            "They cannot hold titles, end dates, times of day, line and area shapes (the centre is written), "
                    + "uncertainty radii, injured and arrested counts, casualties per side, low and high estimates, "
                    + "equipment, actors beyond the second, source titles and dates, confidence or other tools' "
                    + "properties: a warning counts what was left out.",
            "Exit 0 written, 1 the file exists (without --force), 2 bad arguments or the store or file cannot be read or written."
        })
final class ExportCsvCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the event store (or --store)")
    Path file;

    @Option(
            names = "--store",
            paramLabel = "LOCATION",
            description = "the event store instead of FILE: a GeoJSON file or postgresql://user@host:port/db")
    String store;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "the CSV file to write")
    Path out;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", split = ",", description = "only events within lon/lat bounds")
    double[] bbox;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--force", description = "replace the CSV file if it exists")
    boolean force;

    @Option(
            names = "--boundary",
            paramLabel = "SHP",
            description =
                    "the Kosovo–Serbia line for the boundary_min_km/boundary_max_km columns (default: maps/boundary_kosovo_serbia.shp, if there)")
    Path boundary;

    @Option(
            names = "--gsz",
            description =
                    "add a gsz column: in, possibly or out of the Ground Safety Zone, given each event's uncertainty")
    boolean gsz;

    @Option(
            names = "--in-gsz",
            paramLabel = "WHERE",
            split = ",",
            description =
                    "only events in, possibly in, or out of the Ground Safety Zone (in, possibly, out; comma-separated)")
    List<String> inGsz;

    @Option(
            names = "--maps",
            paramLabel = "DIR",
            defaultValue = "maps",
            description = "the folder of shapefiles the GSZ is built from (default: ${DEFAULT-VALUE})")
    Path maps;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreLocation location;
        try {
            location = StoreOpener.either(file, store);
        } catch (InputException e) {
            spec.commandLine().getErr().println("export-csv: " + e.getMessage());
            return 2;
        }
        Envelope area = null;
        if (bbox != null) {
            if (bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
                spec.commandLine().getErr().println("export-csv: --bbox needs W,S,E,N with W <= E and S <= N");
                return 2;
            }
            area = new Envelope(bbox[0], bbox[2], bbox[1], bbox[3]);
        }
        EventFilter filter;
        try {
            filter = filters.filter();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("export-csv: " + e.getMessage());
            return 2;
        }
        if (!force && Files.exists(out)) {
            spec.commandLine().getErr().println("export-csv: " + out + " exists; give --force to replace it");
            return 1;
        }
        BoundaryDistance distance;
        try {
            distance = boundaryDistance();
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("export-csv: the boundary cannot be read: " + e.getMessage());
            return 2;
        }
        GroundSafetyZone zone = null;
        Predicate<Event> inZone = e -> true;
        if (gsz || inGsz != null) {
            try {
                zone = GroundSafetyZone.of(MapInputs.loadMap(maps));
            } catch (InputException | IOException | IllegalArgumentException e) {
                spec.commandLine()
                        .getErr()
                        .println("export-csv: cannot build the Ground Safety Zone: " + e.getMessage());
                return 2;
            }
            GroundSafetyZone z = zone;
            if (inGsz != null) {
                List<String> names = java.util.Arrays.stream(GroundSafetyZone.Membership.values())
                        .map(GroundSafetyZone.Membership::csvName)
                        .toList();
                if (!names.containsAll(inGsz)) {
                    spec.commandLine()
                            .getErr()
                            .println("export-csv: --in-gsz takes in, possibly, out; got " + String.join(",", inGsz));
                    return 2;
                }
                inZone = e -> inGsz.contains(z.membership(e).csvName());
            }
        }
        EventStore source = null;
        try {
            source = StoreOpener.open(location, false);
            if (!source.loadReport().problems().isEmpty())
                spec.commandLine().getErr().println(source.loadReport());
            // the store finds the area and dates through its indexes (a database's, in SQL); the rest is per event
            List<Event> events = source.query(
                    area,
                    filter.from(),
                    filter.to(),
                    filter.withDates(null, null).predicate().and(inZone));
            Map<String, Function<Event, String>> columns = placeColumns(distance);
            GroundSafetyZone z = zone;
            if (z != null) columns.put("gsz", e -> z.membership(e).csvName());
            new AcledCsv().write(out, events, columns);
            spec.commandLine().getOut().println("wrote " + events.size() + " events to " + out);
            List<String> losses = AcledCsv.losses(events);
            if (!losses.isEmpty())
                spec.commandLine()
                        .getErr()
                        .println("export-csv: warning: ACLED's columns cannot hold, so " + out.getFileName()
                                + " leaves out: " + String.join("; ", losses));
            return 0;
        } catch (EventStoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println(out.getFileName() + ": cannot write: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // a database that stopped answering mid-way; nothing was written
            spec.commandLine().getErr().println("export-csv: " + e.getMessage());
            return 2;
        } finally {
            if (source != null) StoreOpener.close(source);
        }
    }

    private BoundaryDistance boundaryDistance() throws IOException {
        Path shp = boundary != null ? boundary : Path.of("maps", "boundary_kosovo_serbia.shp");
        if (boundary == null && !Files.isRegularFile(shp)) return null;
        ShapefileDataStore store = new ShapefileDataStore(shp);
        try {
            return BoundaryDistance.of(store.getFeatureSource(store.getTypeNames()[0]));
        } finally {
            store.dispose();
        }
    }

    /**
     * Our columns after ACLED's: how the point is known (precision, radius, source) and, with a boundary, the
     * nearest and farthest the event may be from it over that uncertainty.
     */
    private static Map<String, Function<Event, String>> placeColumns(BoundaryDistance distance) {
        Map<String, Function<Event, String>> columns = new LinkedHashMap<>();
        columns.put("precision", e -> e.precision().level().jsonName());
        columns.put(
                "radius_km",
                e -> e.precision().radiusKm() > 0 ? km(e.precision().radiusKm()) : "");
        columns.put(
                "coordinate_source",
                e -> e.location() == null || e.location().coordinateSource() == null
                        ? ""
                        : e.location().coordinateSource());
        if (distance != null) {
            Map<Event, DistanceRange> ranges = new IdentityHashMap<>();
            Function<Event, DistanceRange> range = e -> ranges.computeIfAbsent(e, distance::rangeKm);
            columns.put("boundary_min_km", e -> km(range.apply(e).minKm()));
            columns.put("boundary_max_km", e -> km(range.apply(e).maxKm()));
        }
        return columns;
    }

    private static String km(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
