package org.borderwatch.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.map.Annotation;

/**
 * Everything one export needs to be made, and made again: the area, CRS and size, what events are
 * shown (date range, kinds, categories, actors, confidences, free text, selection), the text, the
 * annotations and where it goes.
 * These parameters are written into the exported file's metadata.
 *
 * @param crs         the display CRS as an authority code, e.g. {@code EPSG:32634}
 * @param title       the title, or null for the default that says what and when
 * @param subtitle    the subtitle, or null for the default
 * @param from        first day shown, inclusive; null for open
 * @param to          last day shown, inclusive; null for open
 * @param kinds       event kinds shown; empty shows all
 * @param categories  event categories shown; empty shows all
 * @param actors      events shown are those involving one of these actors; empty shows all
 * @param confidences event confidences shown; empty shows all
 * @param text        words every event shown contains (as {@link EventFilter} matches them); blank for none
 * @param layers      names of base layers shown, in the model's order; empty shows the model's visible layers
 * @param selectedIds events labelled with callouts, in order
 * @param store       the event store as the user named it, or null when no events are shown
 * @param storeSha256 hex SHA-256 of the store file, so a redo can tell whether the data changed
 * @param crossings   the crossings file drawn with each crossing's status on the last day shown, as the user
 *                    named it; null draws none
 * @param gsz         whether the Ground Safety Zone is drawn
 * @param compare     empty for one map; two days for a two-panel figure, each panel showing the events from
 *                    {@code from} (or all earlier ones) to its day and the border regime of that day
 * @param inGsz       events shown are those whose place is in, possibly in or outside the Ground Safety Zone as
 *                    listed (considering its uncertainty); empty shows all
 * @param allUncertainty whether every approximate event's uncertainty circle is drawn, also inside a cluster
 * @param names       how place names are written (sr-Latn, sr-Cyrl, sq, en or dual: map labels, the sites events
 *                    sit at, callouts); null keeps the names the base data holds
 */
public record ExportRequest(
        Extent extent,
        String crs,
        PageSize size,
        ExportFormat format,
        String title,
        String subtitle,
        LocalDate from,
        LocalDate to,
        Set<EventKind> kinds,
        Set<String> categories,
        Set<String> actors,
        Set<Confidence> confidences,
        String text,
        List<String> layers,
        List<String> selectedIds,
        List<Annotation> annotations,
        String store,
        String storeSha256,
        Path out,
        boolean overwrite,
        String crossings,
        boolean gsz,
        List<LocalDate> compare,
        Set<GroundSafetyZone.Membership> inGsz,
        boolean allUncertainty,

        String names) {

    /** The metric CRS fit for the region: UTM zone 34N. */
    public static final String DEFAULT_CRS = "EPSG:32634";

    public ExportRequest {
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "output file");
        crs = crs == null || crs.isBlank() ? DEFAULT_CRS : crs.trim();
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        categories = categories == null ? Set.of() : Set.copyOf(new TreeSet<>(categories));
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        confidences = confidences == null || confidences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(confidences));
        text = text == null ? "" : text.strip();
        layers = layers == null ? List.of() : List.copyOf(layers);
        selectedIds = selectedIds == null ? List.of() : List.copyOf(selectedIds);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        title = blankToNull(title);
        subtitle = blankToNull(subtitle);
        crossings = blankToNull(crossings);
        compare = compare == null ? List.of() : List.copyOf(compare);
        inGsz = inGsz == null || inGsz.size() == GroundSafetyZone.Membership.values().length
                ? Set.of()
                : Set.copyOf(inGsz);
        names = blankToNull(names) == null ? null : NameStyle.fromTag(names).tag();
        if (!compare.isEmpty() && compare.size() != 2)
            throw new IllegalArgumentException("a comparison needs exactly two days, got " + compare.size());
        if (!compare.isEmpty()
                && from != null
                && (compare.get(0).isBefore(from) || compare.get(1).isBefore(from)))
            throw new IllegalArgumentException(
                    "compared days " + compare + " must not be before the first day shown (" + from + ")");
    }

    /** A request whose place names are as the base data holds them. */
    public ExportRequest(
            Extent extent,
            String crs,
            PageSize size,
            ExportFormat format,
            String title,
            String subtitle,
            LocalDate from,
            LocalDate to,
            Set<EventKind> kinds,
            Set<String> categories,
            Set<String> actors,
            Set<Confidence> confidences,
            String text,
            List<String> layers,
            List<String> selectedIds,
            List<Annotation> annotations,
            String store,
            String storeSha256,
            Path out,
            boolean overwrite,
            String crossings,
            boolean gsz,
            List<LocalDate> compare,
            Set<GroundSafetyZone.Membership> inGsz,
            boolean allUncertainty) {
        this(
                extent,
                crs,
                size,
                format,
                title,
                subtitle,
                from,
                to,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                store,
                storeSha256,
                out,
                overwrite,
                crossings,
                gsz,
                compare,
                inGsz,
                allUncertainty,
                null);
    }

    /** A copy writing place names in {@code style} (a tag, see {@link NameStyle}); null keeps the base data's. */
    public ExportRequest withNames(String style) {
        return new ExportRequest(
                extent,
                crs,
                size,
                format,
                title,
                subtitle,
                from,
                to,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                store,
                storeSha256,
                out,
                overwrite,
                crossings,
                gsz,
                compare,
                inGsz,
                allUncertainty,
                style);
    }

    /** An export of one map with no border regime drawn. */
    public ExportRequest(
            Extent extent,
            String crs,
            PageSize size,
            ExportFormat format,
            String title,
            String subtitle,
            LocalDate from,
            LocalDate to,
            Set<EventKind> kinds,
            Set<String> categories,
            Set<String> actors,
            Set<Confidence> confidences,
            String text,
            List<String> layers,
            List<String> selectedIds,
            List<Annotation> annotations,
            String store,
            String storeSha256,
            Path out,
            boolean overwrite) {
        this(
                extent,
                crs,
                size,
                format,
                title,
                subtitle,
                from,
                to,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                store,
                storeSha256,
                out,
                overwrite,
                null,
                false,
                List.of(),
                Set.of(),
                false);
    }

    /** True for a two-panel figure comparing two days. */
    public boolean compares() {
        return !compare.isEmpty();
    }

    /**
     * The title an export without one gets: the kinds shown (in their declared order) and, if any,
     * the categories. The app's export dialog starts from it too.
     */
    public static String defaultTitle(Collection<EventKind> kinds, Collection<String> categories) {
        return PageTexts.defaultTitle(kinds, categories);
    }

    /** The subtitle an export without one gets: its date range and how many events it shows. */
    public static String defaultSubtitle(LocalDate from, LocalDate to, int eventsShown) {
        return PageTexts.defaultSubtitle(from, to, eventsShown);
    }

    /**
     * The events this export shows, as the app's filter: the request's empty sets mean "all", which
     * the filter writes as null.
     */
    public EventFilter filter() {
        return new EventFilter(
                kinds.isEmpty() ? null : kinds,
                categories.isEmpty() ? null : categories,
                actors.isEmpty() ? null : actors,
                confidences.isEmpty() ? null : confidences,
                text,
                from,
                to);
    }

    /** The same export written to another file, its format taken from the file's extension. */
    public ExportRequest withOut(Path file, boolean replace) {
        return new ExportRequest(
                extent,
                crs,
                size,
                ExportFormat.ofFile(file),
                title,
                subtitle,
                from,
                to,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                store,
                storeSha256,
                file,
                replace,
                crossings,
                gsz,
                compare,
                inGsz,
                allUncertainty,
                names);
    }

    /** The same export over another date range (one frame of a time sequence). */
    public ExportRequest withDates(LocalDate first, LocalDate last) {
        return new ExportRequest(
                extent,
                crs,
                size,
                format,
                title,
                subtitle,
                first,
                last,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                store,
                storeSha256,
                out,
                overwrite,
                crossings,
                gsz,
                compare,
                inGsz,
                allUncertainty,
                names);
    }

    /** The same export with the store it reads recorded by name and checksum. */
    public ExportRequest withStore(String name, String sha256) {
        return new ExportRequest(
                extent,
                crs,
                size,
                format,
                title,
                subtitle,
                from,
                to,
                kinds,
                categories,
                actors,
                confidences,
                text,
                layers,
                selectedIds,
                annotations,
                name,
                sha256,
                out,
                overwrite,
                crossings,
                gsz,
                compare,
                inGsz,
                allUncertainty,
                names);
    }

    /**
     * A builder for a request to write {@code out}: the app's export dialogs and the {@code export}
     * command both build their requests with it, so the same choices make the same request. Everything
     * not set shows all: no date range, every kind, category, actor and confidence, the model's visible
     * layers, no callouts, no annotations, no store.
     */
    public static Builder builder(Extent extent, PageSize size, ExportFormat format, Path out) {
        return new Builder(extent, size, format, out);
    }

    /** Collects a request's parts; see {@link #builder}. */
    public static final class Builder {
        private final Extent extent;
        private final PageSize size;
        private final ExportFormat format;
        private final Path out;
        private String crs;
        private String title;
        private String subtitle;
        private EventFilter events = EventFilter.ALL;
        private List<String> layers = List.of();
        private List<String> selectedIds = List.of();
        private List<Annotation> annotations = List.of();
        private String store;
        private String storeSha256;
        private boolean overwrite;
        private String crossings;
        private boolean gsz;
        private List<LocalDate> compare = List.of();
        private Set<GroundSafetyZone.Membership> inGsz = Set.of();
        private boolean allUncertainty;
        private String names;

        private Builder(Extent extent, PageSize size, ExportFormat format, Path out) {
            this.extent = extent;
            this.size = size;
            this.format = format;
            this.out = out;
        }

        /** The display CRS as an authority code; null or blank for {@link #DEFAULT_CRS}. */
        public Builder crs(String code) {
            this.crs = code;
            return this;
        }

        /** The title and subtitle; null for the defaults that say what and when. */
        public Builder titles(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
            return this;
        }

        /**
         * The events shown, as the app's filter chooses them: its dates, kinds, categories, actors,
         * confidences and text. The filter's null set ("no restriction") is the request's empty set ("all").
         */
        public Builder events(EventFilter filter) {
            this.events = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /** The base layers shown, by name; empty for the model's visible layers. */
        public Builder layers(List<String> names) {
            this.layers = names;
            return this;
        }

        /** The events labelled with callouts, in order. */
        public Builder selectedIds(List<String> ids) {
            this.selectedIds = ids;
            return this;
        }

        public Builder annotations(List<Annotation> shown) {
            this.annotations = shown;
            return this;
        }

        /** The event store as the user named it, and its file's hex SHA-256 (null when not worked out). */
        public Builder store(String name, String sha256) {
            this.store = name;
            this.storeSha256 = sha256;
            return this;
        }

        /** Whether an existing file may be replaced. */
        public Builder overwrite(boolean replace) {
            this.overwrite = replace;
            return this;
        }

        /** The crossings file drawn (null: none) and whether the Ground Safety Zone is drawn. */
        public Builder regime(String crossingsFile, boolean drawGsz) {
            this.crossings = crossingsFile;
            this.gsz = drawGsz;
            return this;
        }

        /** The events shown by where they lie against the Ground Safety Zone; null or empty shows all. */
        public Builder inGsz(Set<GroundSafetyZone.Membership> kept) {
            this.inGsz = kept == null ? Set.of() : kept;
            return this;
        }

        /** Whether every approximate event's uncertainty circle is drawn, also inside a cluster. */
        public Builder allUncertainty(boolean every) {
            this.allUncertainty = every;
            return this;
        }

        /** Two days for a two-panel figure; empty for one map. */
        public Builder compare(List<LocalDate> days) {
            this.compare = days;
            return this;
        }

        /** How place names are written: sr-Latn, sr-Cyrl, sq, en or dual; null for the base data's names. */
        public Builder names(String style) {
            this.names = style;
            return this;
        }

        /** @throws IllegalArgumentException as the request's constructor does */
        public ExportRequest build() {
            return new ExportRequest(
                    extent,
                    crs,
                    size,
                    format,
                    title,
                    subtitle,
                    events.from(),
                    events.to(),
                    orAll(events.kinds()),
                    orAll(events.categories()),
                    orAll(events.actors()),
                    orAll(events.confidences()),
                    events.text(),
                    layers,
                    selectedIds,
                    annotations,
                    store,
                    storeSha256,
                    out,
                    overwrite,
                    crossings,
                    gsz,
                    compare,
                    inGsz,
                    allUncertainty,
                    names);
        }

        private static <T> Set<T> orAll(Set<T> chosen) {
            return chosen == null ? Set.of() : chosen;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
