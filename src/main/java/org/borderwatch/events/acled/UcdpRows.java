package org.borderwatch.events.acled;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;

/**
 * UCDP's Georeferenced Event Dataset (GED) as CSV. type_of_violence 1 and 2 (state-based, non-state) become armed
 * clashes, 3 (one-sided) attacks; side_a and side_b the actors; best, low and high the killed count and its range,
 * with deaths_a, deaths_b, deaths_civilians and deaths_unknown per side; each source_article a source. where_prec
 * (UCDP GED codebook) sets the position's precision: 1 exact; 2 within 25 km of the point (approximate, 25 km);
 * 3 and 4 an administrative area, 6 a country and 7 waters or airspace (region); 5 somewhere along a road or
 * river (approximate, 50 km). date_prec 3 and 4 make the date known to the week and month, 5 to the year.
 * Every other column is kept in the property "ucdp".
 */
final class UcdpRows implements CsvDialect {

    private static final List<String> HELD = List.of(
            "id",
            "date_start",
            "date_end",
            "latitude",
            "longitude",
            "best",
            "low",
            "high",
            "deaths_a",
            "deaths_b",
            "deaths_civilians",
            "deaths_unknown",
            "side_a",
            "side_b",
            "where_coordinates",
            "adm_2",
            "country",
            "source_article",
            "where_prec",
            "date_prec",
            "type_of_violence");
    private static final String UCDP_URL = "https://ucdp.uu.se/";

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String name() {
        return "UCDP GED";
    }

    @Override
    public boolean recognises(CsvColumns columns) {
        return columns.has("where_prec") && columns.has("date_start");
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of();
    }

    @Override
    public List<String> required() {
        return List.of("id", "date_start", "latitude", "longitude", "where_prec", "type_of_violence");
    }

    @Override
    public String idColumn() {
        return "id";
    }

    @Override
    public List<String> dateColumns() {
        return List.of("date_start", "date_end");
    }

    @Override
    public String yearColumn() {
        return "year";
    }

    @Override
    public Event toEvent(CsvColumns c, List<String> cells, String id, List<LocalDate> dates) throws RowRefused {
        LocalDate start = dates.get(0);
        LocalDate end = dates.get(1);
        if (start == null) throw new RowRefused("date_start", "no date", "date_start is empty");
        if (end != null && end.isBefore(start))
            throw new RowRefused(
                    "date_end", "ends before it starts", "date_end " + end + " is before date_start " + start);
        int violence = CsvNumbers.whole(c.get(cells, "type_of_violence"), "type_of_violence");
        String category = switch (violence) {
            case 1, 2 -> "armed_clash";
            case 3 -> "attack";
            default ->
                throw new RowRefused(
                        "type_of_violence",
                        "type_of_violence not 1, 2 or 3",
                        "type_of_violence \"" + c.get(cells, "type_of_violence") + "\" is not 1, 2 or 3");
        };
        double lat = CsvNumbers.decimal(c.get(cells, "latitude"), "latitude", -90, 90);
        double lon = CsvNumbers.decimal(c.get(cells, "longitude"), "longitude", -180, 180);
        Precision precision = switch (CsvNumbers.whole(c.get(cells, "where_prec"), "where_prec")) {
            case 1 -> new Precision(Precision.Level.EXACT, 0);
            case 2 -> new Precision(Precision.Level.APPROXIMATE, 25);
            case 3, 4, 6, 7 -> new Precision(Precision.Level.REGION, 0);
            case 5 -> new Precision(Precision.Level.APPROXIMATE, 50);
            default ->
                throw new RowRefused(
                        "where_prec",
                        "where_prec not 1 to 7",
                        "where_prec \"" + c.get(cells, "where_prec") + "\" is not 1 to 7");
        };
        String datePrec = c.get(cells, "date_prec");
        DatePrecision within = switch (datePrec.isEmpty() ? 1 : CsvNumbers.whole(datePrec, "date_prec")) {
            case 1, 2 -> DatePrecision.DAY;
            case 3 -> DatePrecision.WEEK;
            case 4 -> DatePrecision.MONTH;
            case 5 -> DatePrecision.YEAR;
            default ->
                throw new RowRefused(
                        "date_prec", "date_prec not 1 to 5", "date_prec \"" + datePrec + "\" is not 1 to 5");
        };
        List<String> actors = new ArrayList<>(2);
        for (String column : List.of("side_a", "side_b")) {
            String side = c.get(cells, column);
            if (!side.isEmpty() && !actors.contains(side)) actors.add(side);
        }
        Casualties casualties = casualties(c, cells);
        List<Source> sources = new ArrayList<>();
        for (String article : c.get(cells, "source_article").split(";"))
            if (!article.isBlank()) sources.add(new Source("UCDP GED", article.strip(), UCDP_URL, null));
        if (sources.isEmpty()) sources.add(new Source("UCDP GED", "UCDP GED event " + id, UCDP_URL, null));
        String place = c.get(cells, "where_coordinates");
        String dyad = c.get(cells, "dyad_name");
        String title = (dyad.isEmpty() ? String.join(" vs ", actors) : dyad) + (place.isEmpty() ? "" : " in " + place);
        if (title.isBlank()) title = "UCDP GED event " + id;
        String summary = c.get(cells, "where_description");
        ObjectNode kept = mapper.createObjectNode();
        new TreeMap<>(c.rest(cells, HELD)).forEach(kept::put);
        return new Event(
                "ucdp-" + id,
                EventKind.INCIDENT,
                category,
                title,
                summary,
                new EventDate(start.toString(), start, within),
                end == null || end.equals(start) ? null : EventDate.of(end),
                new Place(
                        emptyToNull(place),
                        emptyToNull(c.get(cells, "adm_2")),
                        emptyToNull(c.get(cells, "country")),
                        null,
                        "UCDP GED event " + id,
                        List.of()),
                lon,
                lat,
                null,
                precision,
                List.copyOf(actors),
                casualties,
                List.of(),
                List.copyOf(sources),
                Confidence.REPORTED,
                List.of("ucdp"),
                null,
                Map.of("ucdp", kept.toString()));
    }

    private static Casualties casualties(CsvColumns c, List<String> cells) throws RowRefused {
        Integer best = count(c, cells, "best");
        Integer low = count(c, cells, "low");
        Integer high = count(c, cells, "high");
        List<Casualties.SideCount> sides = new ArrayList<>();
        side(sides, c.get(cells, "side_a"), count(c, cells, "deaths_a"));
        side(sides, c.get(cells, "side_b"), count(c, cells, "deaths_b"));
        side(sides, "civilians", count(c, cells, "deaths_civilians"));
        side(sides, "unknown", count(c, cells, "deaths_unknown"));
        try {
            return new Casualties(best, null, null, sides, null, low, high);
        } catch (IllegalArgumentException e) {
            throw new RowRefused("low", "low estimate above high", e.getMessage());
        }
    }

    private static void side(List<Casualties.SideCount> sides, String side, Integer killed) {
        if (killed != null && killed > 0)
            sides.add(new Casualties.SideCount(side.isEmpty() ? "unnamed side" : side, killed, null, null));
    }

    private static Integer count(CsvColumns c, List<String> cells, String column) throws RowRefused {
        String v = c.get(cells, column);
        return v.isEmpty() ? null : CsvNumbers.whole(v, column);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
