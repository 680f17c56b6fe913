package org.borderwatch.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.PlaceAlternative;

/**
 * How places are named in one picture or view: a {@link NameStyle} and the gazetteer whose name forms it picks
 * from. The map's labels, the legend, the table, the details panel and every export take one, so a change of the
 * setting reaches them all by the same value. An event whose place the gazetteer does not know keeps the words of
 * its record: a name is never made up for it.
 */
public record PlaceNames(NameStyle style, Gazetteer gazetteer) {

    public PlaceNames {
        Objects.requireNonNull(style, "name style");
        gazetteer = gazetteer == null ? Gazetteer.of(List.of()) : gazetteer;
    }

    /** Names in {@code style} from no gazetteer: only the places of base data, whose forms they carry, change. */
    public static PlaceNames of(NameStyle style) {
        return new PlaceNames(style, null);
    }

    /** The place's name in this style. */
    public String label(GazetteerPlace place) {
        return style.label(place);
    }

    /** The gazetteer place of an id, if the gazetteer has it. */
    public Optional<GazetteerPlace> place(String id) {
        return id == null ? Optional.empty() : gazetteer.byId(id);
    }

    /**
     * The name of the place an event sits at: its gazetteer place in this style, else its record's words (place,
     * else municipality, else country), else "".
     */
    public String of(Event event) {
        Place p = event.location();
        if (p == null) return "";
        return place(p.gazetteer()).map(this::label).orElseGet(() -> words(p));
    }

    /** The name of an alternative place: its gazetteer place in this style, else the words reports give it. */
    public String of(PlaceAlternative alternative) {
        return place(alternative.gazetteer())
                .map(this::label)
                .orElse(alternative.place() == null ? "" : alternative.place());
    }

    /**
     * The styled name followed by the record's own words when they say more ("Бањска — the road near Banjska"), for
     * the details panel and export info panels, where the reported wording matters.
     */
    public String describe(Event event) {
        Place p = event.location();
        if (p == null) return "";
        String words = words(p);
        Optional<GazetteerPlace> known = place(p.gazetteer());
        if (known.isEmpty()) return words;
        String name = label(known.get());
        boolean same = words.isEmpty()
                || NameKey.of(words).equals(NameKey.of(name))
                || known.get().names().values().stream()
                        .anyMatch(n -> NameKey.of(n).equals(NameKey.of(words)));
        return same ? name : name + " — " + words;
    }

    private static String words(Place p) {
        if (p.place() != null) return p.place();
        if (p.municipality() != null) return p.municipality();
        return p.country() == null ? "" : p.country();
    }
}
