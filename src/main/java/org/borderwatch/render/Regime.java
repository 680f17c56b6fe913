package org.borderwatch.render;

import java.util.List;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;

/**
 * The border regime a frame draws over the base map: the crossing points, each with its status on the frame's day,
 * and the Ground Safety Zone, hatched, when it was in force on that day. Either may be absent or hidden.
 *
 * @param gsz null when the zone is not known (no boundary layer) or not wanted
 */
public record Regime(List<Crossing> crossings, boolean showCrossings, GroundSafetyZone gsz, boolean showGsz) {

    /** Nothing: no crossings, no zone. */
    public static final Regime NONE = new Regime(List.of(), false, null, false);

    public Regime {
        crossings = crossings == null ? List.of() : List.copyOf(crossings);
    }

    public boolean drawsCrossings() {
        return showCrossings && !crossings.isEmpty();
    }

    public boolean drawsGsz() {
        return showGsz && gsz != null;
    }

    public Regime withShown(boolean crossingsShown, boolean gszShown) {
        return new Regime(crossings, crossingsShown, gsz, gszShown);
    }
}
