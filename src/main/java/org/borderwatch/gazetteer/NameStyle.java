package org.borderwatch.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.List;

/**
 * Which form of a place's name to show: Serbian in Latin or Cyrillic script, Albanian, the English conventional
 * form, or both local forms ("Mitrovicë / Mitrovica", Albanian first in Kosovo and Serbian first in Serbia).
 * A missing Serbian form is transliterated from the other Serbian script (ICU's Serbian-Latin/BGN one way, its
 * inverse rules the other); no other form is ever made up: a place without an Albanian name shows its Serbian
 * or English one instead.
 */
public enum NameStyle {
    SR_LATN("sr-Latn"),
    SR_CYRL("sr-Cyrl"),
    SQ("sq"),
    EN("en"),
    DUAL("dual");

    /** Serbian Latin to Cyrillic: the inverse of Serbian-Latin/BGN, which ICU does not ship; digraphs first. */
    private static final String LATIN_TO_CYRILLIC = """
            Dž > Џ; DŽ > Џ; dž > џ; Lj > Љ; LJ > Љ; lj > љ; Nj > Њ; NJ > Њ; nj > њ;
            A > А; B > Б; V > В; G > Г; D > Д; Đ > Ђ; E > Е; Ž > Ж; Z > З; I > И; J > Ј; K > К; L > Л; M > М; N > Н;
            O > О; P > П; R > Р; S > С; T > Т; Ć > Ћ; U > У; F > Ф; H > Х; C > Ц; Č > Ч; Š > Ш;
            a > а; b > б; v > в; g > г; d > д; đ > ђ; e > е; ž > ж; z > з; i > и; j > ј; k > к; l > л; m > м; n > н;
            o > о; p > п; r > р; s > с; t > т; ć > ћ; u > у; f > ф; h > х; c > ц; č > ч; š > ш;
            """;

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Serbian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> TO_CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("Latin-Serbian", LATIN_TO_CYRILLIC, Transliterator.FORWARD));

    private final String tag;

    NameStyle(String tag) {
        this.tag = tag;
    }

    /** The command-line and settings value: sr-Latn, sr-Cyrl, sq, en or dual. */
    public String tag() {
        return tag;
    }

    /**
     * The style a tag names, ignoring case.
     *
     * @throws IllegalArgumentException naming the allowed tags when {@code text} is none of them
     */
    public static NameStyle fromTag(String text) {
        for (NameStyle s : values()) if (s.tag.equalsIgnoreCase(text.strip())) return s;
        throw new IllegalArgumentException("names \"" + text + "\" is not one of sr-Latn, sr-Cyrl, sq, en, dual");
    }

    /** The place's name in this style. */
    public String label(GazetteerPlace p) {
        return switch (this) {
            case SR_LATN -> serbianLatin(p, p.name(List.of("sr-Latn", "en", "sq", "und")));
            case SR_CYRL -> serbianCyrillic(p, p.name(List.of("sr-Cyrl", "en", "sq", "und")));
            case SQ -> p.name(List.of("sq", "sr-Latn", "en", "und"));
            case EN -> p.name(List.of("en", "sr-Latn", "sq", "und"));
            case DUAL -> dual(p);
        };
    }

    private static String serbianLatin(GazetteerPlace p, String fallback) {
        if (p.names().containsKey("sr-Latn")) return p.names().get("sr-Latn");
        String cyrillic = p.names().get("sr-Cyrl");
        return cyrillic != null ? TO_LATIN.get().transliterate(cyrillic) : fallback;
    }

    private static String serbianCyrillic(GazetteerPlace p, String fallback) {
        if (p.names().containsKey("sr-Cyrl")) return p.names().get("sr-Cyrl");
        String latin = p.names().get("sr-Latn");
        return latin != null ? TO_CYRILLIC.get().transliterate(latin) : fallback;
    }

    private static String dual(GazetteerPlace p) {
        String sq = p.names().get("sq");
        String sr = p.names().containsKey("sr-Latn") || p.names().containsKey("sr-Cyrl") ? serbianLatin(p, null) : null;
        if (sq == null || sr == null || sq.equals(sr)) return sq != null ? sq : sr != null ? sr : EN.label(p);
        boolean kosovo = "XK".equalsIgnoreCase(p.country()) || "Kosovo".equalsIgnoreCase(p.country());
        return kosovo ? sq + " / " + sr : sr + " / " + sq;
    }

    /** Transliterates Serbian Latin text to Cyrillic (for names the gazetteer has only in Latin script). */
    public static String toCyrillic(String serbianLatin) {
        return TO_CYRILLIC.get().transliterate(serbianLatin);
    }
}
