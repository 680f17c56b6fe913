package org.borderwatch.events.acled;

import java.util.Map;
import org.borderwatch.events.model.EventKind;

/**
 * How ACLED's event_type / sub_event_type pairs map to our kind and category, and back. ACLED's types are
 * a closed list (ACLED Codebook 2023, section 3); a pair we do not know maps from its event_type alone.
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

    private static final Map<String, KindCategory> BY_SUB_TYPE = Map.ofEntries(
            Map.entry("Arrests", new KindCategory(EventKind.INCIDENT, "arrest")),
            Map.entry("Disrupted weapons use", new KindCategory(EventKind.INCIDENT, "weapons_seizure")),
            Map.entry("Agreement", new KindCategory(EventKind.DIPLOMATIC, "agreement")),
            Map.entry("Headquarters or base established", new KindCategory(EventKind.DEPLOYMENT, "other")),
            Map.entry("Excessive force against protesters", PROTEST),
            Map.entry("Protest with intervention", PROTEST),
            Map.entry("Peaceful protest", PROTEST),
            Map.entry("Violent demonstration", PROTEST),
            Map.entry("Mob violence", ATTACK),
            Map.entry("Attack", ATTACK),
            Map.entry("Abduction/forced disappearance", ATTACK),
            Map.entry("Sexual violence", ATTACK));

    private static final Map<String, KindCategory> BY_TYPE = Map.of(
            "Battles", CLASH,
            "Explosions/Remote violence", EXPLOSION,
            "Violence against civilians", ATTACK,
            "Protests", PROTEST,
            "Riots", PROTEST,
            "Strategic developments", OTHER);

    private static final Map<String, AcledType> BY_CATEGORY = Map.ofEntries(
            Map.entry("armed_clash", new AcledType("Battles", "Armed clash")),
            Map.entry("shooting", new AcledType("Battles", "Armed clash")),
            Map.entry("attack", new AcledType("Violence against civilians", "Attack")),
            Map.entry("explosion", new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED")),
            Map.entry("arrest", new AcledType("Strategic developments", "Arrests")),
            Map.entry("weapons_seizure", new AcledType("Strategic developments", "Disrupted weapons use")),
            Map.entry("protest", new AcledType("Protests", "Peaceful protest")),
            Map.entry("agreement", new AcledType("Strategic developments", "Agreement")));

    private static final AcledType DEPLOYMENT = new AcledType("Strategic developments", "Headquarters or base established");
    private static final AcledType OTHER_DEVELOPMENT = new AcledType("Strategic developments", "Other");

    private AcledMapping() {}

    /** Our kind and category for an ACLED type, or null if event_type is not one of ACLED's six. */
    static KindCategory toKindCategory(String eventType, String subEventType) {
        KindCategory bySub = BY_SUB_TYPE.get(subEventType);
        if (bySub != null && BY_TYPE.containsKey(eventType)) return bySub;
        return BY_TYPE.get(eventType);
    }

    /** The ACLED type closest to one of our events. */
    static AcledType toAcled(EventKind kind, String category) {
        if (kind == EventKind.DEPLOYMENT) return DEPLOYMENT;
        return BY_CATEGORY.getOrDefault(category, OTHER_DEVELOPMENT);
    }
}
