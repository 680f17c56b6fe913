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
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;

/**
 * ACLED's CSV export, of every generation: the 2015–2016 files (upper-case headers, {@code ALLY_ACTOR_1},
 * {@code GWNO}, no sub_event_type, nine older event types), today's, and 2024's with text interaction labels,
 * which are kept as they are. Event types map to kind and category by {@link AcledMapping}; geo_precision
 * 1/2/3 becomes exact/town/region; time_precision 2/3 the date's week/month; notes the summary; fatalities the
 * killed count. The ACLED columns our model has no place for are kept in the property "acled", so an export
 * writes them back as they came.
 */
final class AcledRows implements CsvDialect {

    /** Columns an event holds in its own fields; every other column is kept in "acled". */
    private static final List<String> HELD = List.of(
            "event_id_cnty",
            "event_date",
            "latitude",
            "longitude",
            "notes",
            "fatalities",
            "location",
            "admin2",
            "country",
            "time_precision");

    private static final String ACLED_URL = "https://acleddata.com/";

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String name() {
        return "ACLED";
    }

    @Override
    public boolean recognises(CsvColumns columns) {
        return columns.has("event_id_cnty") || columns.has("event_type");
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("ally_actor_1", "assoc_actor_1", "ally_actor_2", "assoc_actor_2");
    }

    @Override
    public List<String> required() {
        return List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude");
    }

    @Override
    public String idColumn() {
        return "event_id_cnty";
    }

    @Override
    public List<String> dateColumns() {
        return List.of("event_date");
    }

    @Override
    public String yearColumn() {
        return "year";
    }

    @Override
    public List<String> notes(CsvColumns columns) {
        return columns.has("geo_precision")
                ? List.of()
                : List.of("no geo_precision column: every position is taken as standing for a region");
    }

    @Override
    public Event toEvent(CsvColumns c, List<String> cells, String id, List<LocalDate> dates) throws RowRefused {
        LocalDate day = dates.get(0);
        if (day == null) throw new RowRefused("event_date", "no date", "event_date is empty");
        String type = c.get(cells, "event_type");
        String subType = c.get(cells, "sub_event_type");
        AcledMapping.KindCategory kc = AcledMapping.toKindCategory(type, subType);
        if (kc == null)
            throw new RowRefused(
                    "event_type", "event_type unknown", "event_type \"" + type + "\" is none of ACLED's event types");
        double lat = CsvNumbers.decimal(c.get(cells, "latitude"), "latitude", -90, 90);
        double lon = CsvNumbers.decimal(c.get(cells, "longitude"), "longitude", -180, 180);
        String geo = c.get(cells, "geo_precision");
        // a file without the column says nothing of precision: the coarsest level claims least
        Precision precision = AcledMapping.toPrecision(
                geo.isEmpty() ? "3" : Integer.toString(CsvNumbers.whole(geo, "geo_precision")));
        if (precision == null)
            throw new RowRefused(
                    "geo_precision", "geo_precision not 1, 2 or 3", "geo_precision \"" + geo + "\" is not 1, 2 or 3");
        String time = c.get(cells, "time_precision");
        DatePrecision within = switch (time.isEmpty() ? 1 : CsvNumbers.whole(time, "time_precision")) {
            case 1 -> DatePrecision.DAY;
            case 2 -> DatePrecision.WEEK;
            case 3 -> DatePrecision.MONTH;
            default ->
                throw new RowRefused(
                        "time_precision",
                        "time_precision not 1, 2 or 3",
                        "time_precision \"" + time + "\" is not 1 (day), 2 (week) or 3 (month)");
        };
        List<String> actors = new ArrayList<>(2);
        for (String column : List.of("actor1", "actor2")) {
            String actor = c.get(cells, column);
            if (!actor.isEmpty()) actors.add(actor);
        }
        String fatalities = c.get(cells, "fatalities");
        Casualties casualties = fatalities.isEmpty()
                ? null
                : new Casualties(CsvNumbers.whole(fatalities, "fatalities"), null, null, List.of());
        String place = c.get(cells, "location");
        // sorted, so the same row read from a file with its columns in another order keeps the same text
        ObjectNode kept = mapper.createObjectNode();
        new TreeMap<>(c.rest(cells, HELD)).forEach(kept::put);
        String citing = c.get(cells, "source");
        Source source = new Source(
                "ACLED", "ACLED event " + id + (citing.isEmpty() ? "" : ", citing " + citing), ACLED_URL, null);
        String title = (subType.isEmpty() ? type : subType) + (place.isEmpty() ? "" : " in " + place);
        List<String> tags = new ArrayList<>(List.of("acled"));
        for (String tag : c.get(cells, "tags").split(";"))
            if (!tag.isBlank() && !tags.contains(tag.strip())) tags.add(tag.strip());
        return new Event(
                id,
                kc.kind(),
                kc.category(),
                title,
                c.get(cells, "notes"),
                new EventDate(day.toString(), day, within),
                null,
                new Place(
                        emptyToNull(place),
                        emptyToNull(c.get(cells, "admin2")),
                        emptyToNull(c.get(cells, "country")),
                        null,
                        "ACLED event " + id,
                        List.of()),
                lon,
                lat,
                null,
                precision,
                List.copyOf(actors),
                casualties,
                List.of(),
                List.of(source),
                Confidence.REPORTED,
                List.copyOf(tags),
                null,
                Map.of("acled", kept.toString()));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
