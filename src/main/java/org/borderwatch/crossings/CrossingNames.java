package org.borderwatch.crossings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A crossing's names: Serbian in Latin and Cyrillic script, Albanian, and other names and spellings in use
 * (Bela Zemlja is also called Končulj). Matching ignores case and diacritics, since reports spell "Jarinje",
 * "Jarinjë" and "JARINJE".
 */
public record CrossingNames(String serbianLatin, String serbianCyrillic, String albanian, List<String> other) {

    public CrossingNames {
        Objects.requireNonNull(serbianLatin, "Serbian (Latin) name");
        Objects.requireNonNull(serbianCyrillic, "Serbian (Cyrillic) name");
        Objects.requireNonNull(albanian, "Albanian name");
        other = other == null ? List.of() : List.copyOf(other);
    }

    /** "Jarinje / Јариње / Jarinjë". */
    public String display() {
        return serbianLatin + " / " + serbianCyrillic + " / " + albanian;
    }

    /** Every name and spelling. */
    public List<String> all() {
        List<String> all = new ArrayList<>(List.of(serbianLatin, serbianCyrillic, albanian));
        all.addAll(other);
        return all;
    }

    /** True if {@code text} names this crossing as a whole word, ignoring case and diacritics. */
    public boolean namedIn(String text) {
        if (text == null || text.isEmpty()) return false;
        String hay = fold(text);
        for (String name : all()) {
            String needle = fold(name);
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                boolean startsWord = at == 0 || !Character.isLetter(hay.charAt(at - 1));
                int end = at + needle.length();
                boolean endsWord = end == hay.length() || !Character.isLetter(hay.charAt(end));
                if (startsWord && endsWord) return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
