package org.borderwatch.events.acled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV header matched by name wherever each column stands: case and surrounding spaces are ignored, older
 * names are read as today's ({@code ALLY_ACTOR_1} as {@code assoc_actor_1}), and the unnamed first column a
 * pandas re-save adds (its index) is skipped. R's {@code NA} reads as an empty cell.
 */
final class CsvColumns {

    private final Map<String, Integer> byName = new HashMap<>();
    /** The columns in file order under their matched names, without the index column. */
    private final List<String> names = new ArrayList<>();

    private final int width;

    /**
     * Matches {@code header}.
     *
     * @param aliases older or other names, in lower case, and the name each stands for
     */
    CsvColumns(List<String> header, Map<String, String> aliases) {
        width = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.startsWith("\ufeff")) name = name.substring(1);
            if (name.isEmpty() || name.matches("unnamed:_?\\d+")) continue;
            name = aliases.getOrDefault(name, name);
            if (byName.putIfAbsent(name, i) == null) names.add(name);
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The header's cell count, which every row should have. */
    int width() {
        return width;
    }

    List<String> names() {
        return names;
    }

    /** The cell of column {@code name} in {@code row}, stripped; "" when the column is absent or the cell is NA. */
    String get(List<String> row, String name) {
        Integer i = byName.get(name);
        if (i == null || i >= row.size()) return "";
        String v = row.get(i).strip();
        return v.equals("NA") ? "" : v;
    }

    /** Every named column's cell in {@code row}, in file order, except {@code skip}; empty cells left out. */
    Map<String, String> rest(List<String> row, List<String> skip) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            if (skip.contains(name)) continue;
            String v = get(row, name);
            if (!v.isEmpty()) out.put(name, v);
        }
        return out;
    }
}
