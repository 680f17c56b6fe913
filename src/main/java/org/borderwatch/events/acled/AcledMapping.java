package org.borderwatch.events.acled;

import java.util.Map;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;

/**
 * How ACLED's event_type / sub_event_type pairs map to our kind and category, and back. ACLED's types are
 * a closed list (ACLED Codebook 2023, section 3; the first generation's, 2015–2016, differ); a pair we do not
 * know maps from its event_type alone.
 */
final class AcledMapping {

    /** Our kind and category for one ACLED type. */
    record KindCategory(EventKind kind, String category) {}

    /** ACLED's event_type and sub_event_type for one of our categories. */
    record AcledType(String eventType, String subEventType) {}

    private static final KindCategory CLASH = new KindCategory(EventKind.INCIDENT, "armed_clash");
    private static final KindCategory EXPLOSION = new KindCategory(EventKind.INCIDENT, "explosion");
    private static final KindCategory ATTACK = new KindCategory(EventKind.INCIDENT, "attack");
    private static final KindCategory PROTEST = new KindCategory(EventKind.INCIDENT, "protest");
    private static final KindCategory OTHER = new KindCategory(EventKind.INCIDENT, "other");
    private static final KindCategory DEPLOYMENT_OTHER = new KindCategory(EventKind.DEPLOYMENT, "other");

    /** Keys in lower case: files of every generation spell the types in their own case. */
    private static final Map<String, KindCategory> BY_SUB_TYPE = Map.ofEntries(
            Map.entry("arrests", new KindCategory(EventKind.INCIDENT, "arrest")),
            Map.entry("disrupted weapons use", new KindCategory(EventKind.INCIDENT, "weapons_seizure")),
            Map.entry("agreement", new KindCategory(EventKind.DIPLOMATIC, "agreement")),
            Map.entry("headquarters or base established", DEPLOYMENT_OTHER),
            Map.entry("excessive force against protesters", PROTEST),
            Map.entry("protest with intervention", PROTEST),
            Map.entry("peaceful protest", PROTEST),
            Map.entry("violent demonstration", PROTEST),
            Map.entry("mob violence", ATTACK),
            Map.entry("attack", ATTACK),
            Map.entry("abduction/forced disappearance", ATTACK),
            Map.entry("sexual violence", ATTACK));

    /**
     * Today's six event types, and the nine of the first generation (2015–2016 files, before sub_event_type),
     * which split battles by who held the ground and joined riots and protests.
     */
    private static final Map<String, KindCategory> BY_TYPE = Map.ofEntries(
            Map.entry("battles", CLASH),
            Map.entry("explosions/remote violence", EXPLOSION),
            Map.entry("violence against civilians", ATTACK),
            Map.entry("protests", PROTEST),
            Map.entry("riots", PROTEST),
            Map.entry("strategic developments", OTHER),
            Map.entry("battle-no change of territory", CLASH),
            Map.entry("battle-government regains territory", CLASH),
            Map.entry("battle-non-state actor overtakes territory", CLASH),
            Map.entry("riots/protests", PROTEST),
            Map.entry("remote violence", EXPLOSION),
            Map.entry("strategic development", OTHER),
            Map.entry("non-violent transfer of territory", OTHER),
            Map.entry("headquarters or base established", DEPLOYMENT_OTHER));

    private static final Map<String, AcledType> BY_CATEGORY = Map.ofEntries(
            Map.entry("armed_clash", new AcledType("Battles", "Armed clash")),
            Map.entry("shooting", new AcledType("Battles", "Armed clash")),
            Map.entry("attack", new AcledType("Violence against civilians", "Attack")),
            Map.entry("explosion", new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED")),
            Map.entry("arrest", new AcledType("Strategic developments", "Arrests")),
            Map.entry("weapons_seizure", new AcledType("Strategic developments", "Disrupted weapons use")),
            Map.entry("protest", new AcledType("Protests", "Peaceful protest")),
            Map.entry("agreement", new AcledType("Strategic developments", "Agreement")));

    private static final AcledType DEPLOYMENT =
            new AcledType("Strategic developments", "Headquarters or base established");
    private static final AcledType OTHER_DEVELOPMENT = new AcledType("Strategic developments", "Other");

    /** The radius we give ACLED's "near a town" (geo_precision 2). */
    static final double NEAR_TOWN_KM = 10;
    /** The radius we give ACLED's "a larger region" (geo_precision 3): about a Kosovo district. */
    static final double REGION_KM = 30;

    private AcledMapping() {}

    /** Our kind and category for an ACLED type of any generation, in any case, or null if event_type is none of ACLED's. */
    static KindCategory toKindCategory(String eventType, String subEventType) {
        String type = normal(eventType);
        KindCategory bySub = BY_SUB_TYPE.get(normal(subEventType));
        if (bySub != null && BY_TYPE.containsKey(type)) return bySub;
        return BY_TYPE.get(type);
    }

    /** Lower case with single spaces, and no spaces around a hyphen or slash ("Battle - No change of territory"). */
    private static String normal(String text) {
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        return SPACES.matcher(lower)
                .replaceAll(" ")
                .replace(" -", "-")
                .replace("- ", "-")
                .replace(" /", "/")
                .replace("/ ", "/");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The ACLED type closest to one of our events. */
    static AcledType toAcled(EventKind kind, String category) {
        if (kind == EventKind.DEPLOYMENT) return DEPLOYMENT;
        return BY_CATEGORY.getOrDefault(category, OTHER_DEVELOPMENT);
    }

    /**
     * Our precision for ACLED's geo_precision, or null for another value. ACLED's codebook: 1, the event is at the
     * named town, whose point is given; 2, near a town or in a small part of a region, the nearest town's point is
     * given; 3, only a larger region is known and a central point of it is given. The radii for 2 and 3 are our
     * reading of "near" and "region" at the scale of Kosovo's municipalities and districts.
     */
    static Precision toPrecision(String geoPrecision) {
        return switch (geoPrecision) {
            case "1" -> new Precision(Precision.Level.SETTLEMENT, 0);
            case "2" -> new Precision(Precision.Level.APPROXIMATE, NEAR_TOWN_KM);
            case "3" -> new Precision(Precision.Level.REGION, REGION_KM);
            default -> null;
        };
    }

    /** ACLED's geo_precision for one of our precisions. */
    static String toGeoPrecision(Precision precision) {
        return switch (precision.level()) {
            case EXACT, SETTLEMENT -> "1";
            case APPROXIMATE -> precision.radiusKm() <= NEAR_TOWN_KM ? "2" : "3";
            case MUNICIPALITY -> "2";
            case REGION -> "3";
        };
    }
}
