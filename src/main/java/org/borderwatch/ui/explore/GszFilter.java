package org.borderwatch.ui.explore;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.analysis.GroundSafetyZone.Membership;

/**
 * The "in the GSZ" part of the filter panel: a tick box each for events in, possibly in and outside the Ground
 * Safety Zone, judged with their uncertainty. Ticking all three is no restriction. The boxes wait, disabled, until
 * the map has built the zone.
 */
final class GszFilter extends FlowPane {
    private final ExploreState state;
    private final Map<Membership, CheckBox> boxes = new EnumMap<>(Membership.class);
    private boolean following;

    GszFilter(ExploreState state) {
        super(10, 4);
        this.state = state;
        setId("filter-gsz");
        for (Membership m : Membership.values()) {
            CheckBox box = new CheckBox(text(m));
            box.setId("filter-gsz-" + m.csvName());
            box.setSelected(true);
            box.setTooltip(new Tooltip("Show events " + m.label() + ", judged with their uncertainty circle"));
            box.selectedProperty().addListener((obs, old, now) -> edited());
            boxes.put(m, box);
            getChildren().add(box);
        }
        state.inGszProperty().addListener((obs, old, now) -> follow(now));
        state.zoneProperty().addListener((obs, old, now) -> enable(now));
        enable(state.zoneProperty().get());
        follow(state.inGszProperty().get());
    }

    private static String text(Membership m) {
        return switch (m) {
            case IN -> "in";
            case POSSIBLY -> "possibly";
            case OUT -> "out";
        };
    }

    private void enable(GroundSafetyZone zone) {
        boxes.values().forEach(b -> b.setDisable(zone == null));
    }

    private void follow(Set<Membership> kept) {
        following = true;
        try {
            boxes.forEach((m, box) -> box.setSelected(kept == null || kept.contains(m)));
        } finally {
            following = false;
        }
    }

    private void edited() {
        if (following) return;
        Set<Membership> kept = EnumSet.noneOf(Membership.class);
        boxes.forEach((m, box) -> {
            if (box.isSelected()) kept.add(m);
        });
        state.inGszProperty().set(kept.size() == boxes.size() ? null : kept);
    }
}
