package org.borderwatch.ui.map;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;

/**
 * The layer panel's rows: the map's layers under their groups (places, transport, boundaries, water, relief, as the
 * layer catalogue sorts them), top layer first within each group, and every layer of any other group (one a user
 * added, whatever it was added from) under "Added" at the top. Drawing order stays global in the model; moving a layer
 * up or down swaps it with the next layer of its own group, so groups need not be contiguous in the drawing order.
 */
final class LayerGroups {

    /** A row of the panel: a group header or a layer. */
    sealed interface Row permits GroupRow, LayerRow {}

    /** A group header: its key (the catalogue's group, or {@link #ADDED}) and what the panel calls it. */
    record GroupRow(String key, String title) implements Row {}

    /** A layer under its group. */
    record LayerRow(Layer layer) implements Row {}

    /** The key of the group of layers that are not in the catalogue's groups. */
    static final String ADDED = "added";

    /** The catalogue's groups as the panel lists them: what lies on top of the map first. */
    private static final List<String> CATALOGUE_GROUPS =
            List.of("places", "transport", "boundaries", "water", "landcover", "relief");

    private LayerGroups() {}

    /** The group {@code layer} is listed under: its catalogue group, or {@link #ADDED}. */
    static String groupOf(Layer layer) {
        String g = layer.info().group();
        return CATALOGUE_GROUPS.contains(g) ? g : ADDED;
    }

    /** The rows for {@code model}: each non-empty group's header, then its layers top first. */
    static List<Row> rows(MapModel model) {
        List<Row> rows = new ArrayList<>();
        if (model == null) return rows;
        List<String> keys = new ArrayList<>();
        keys.add(ADDED);
        keys.addAll(CATALOGUE_GROUPS);
        for (String key : keys) {
            List<Layer> members = new ArrayList<>();
            for (Layer l : model.layers()) if (groupOf(l).equals(key)) members.add(0, l);
            if (members.isEmpty()) continue;
            rows.add(new GroupRow(key, title(key)));
            for (Layer l : members) rows.add(new LayerRow(l));
        }
        return rows;
    }

    static String title(String key) {
        return switch (key) {
            case ADDED -> "Added";
            case "places" -> "Places";
            case "transport" -> "Transport";
            case "boundaries" -> "Boundaries";
            case "water" -> "Water";
            case "landcover" -> "Land cover";
            case "relief" -> "Relief";
            default -> key;
        };
    }

    /**
     * The model with layer {@code name} moved {@code step} places within its group: +1 draws it above the next layer
     * of its group, −1 below the previous one; unchanged at the group's end.
     */
    static MapModel moved(MapModel model, String name, int step) {
        List<Layer> layers = model.layers();
        int from = indexOf(layers, name);
        if (from < 0 || step == 0) return model;
        String group = groupOf(layers.get(from));
        int to = from;
        for (int moves = Math.abs(step), i = from + Integer.signum(step);
                i >= 0 && i < layers.size() && moves > 0;
                i += Integer.signum(step))
            if (groupOf(layers.get(i)).equals(group)) {
                to = i;
                moves--;
            }
        if (to == from) return model;
        List<String> order = new ArrayList<>();
        for (Layer l : layers) order.add(l.name());
        order.remove(from);
        order.add(to, name);
        return model.withOrder(order);
    }

    /** The model with every layer of {@code group} shown or hidden. */
    static MapModel withGroupVisible(MapModel model, String group, boolean visible) {
        MapModel result = model;
        for (Layer l : model.layers())
            if (groupOf(l).equals(group) && l.visible() != visible) result = result.withVisible(l.name(), visible);
        return result;
    }

    /** How much of a group is shown. */
    enum Shown {
        ALL,
        SOME,
        NONE
    }

    /** Whether all, some or none of the layers of {@code group} are shown. */
    static Shown shown(MapModel model, String group) {
        boolean any = false;
        boolean all = true;
        for (Layer l : model.layers())
            if (groupOf(l).equals(group)) {
                any |= l.visible();
                all &= l.visible();
            }
        return all ? Shown.ALL : any ? Shown.SOME : Shown.NONE;
    }

    private static int indexOf(List<Layer> layers, String name) {
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).name().equals(name)) return i;
        return -1;
    }
}
