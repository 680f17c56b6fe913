package org.borderwatch.render;

import org.borderwatch.crossings.CrossingNames;
import org.borderwatch.gazetteer.PlaceNames;

/**
 * A crossing's name as the frame's names setting writes place names: Serbian in Latin or Cyrillic script, Albanian,
 * or both forms with the Albanian first, since every crossing post stands on the Kosovo side of the line. The English
 * conventional form is the Serbian Latin one, as the reporting writes it; without a setting, Serbian Latin.
 */
public final class CrossingLabel {

    private CrossingLabel() {}

    /** {@code crossing}'s name in the style of {@code names} (null: Serbian Latin). */
    public static String of(CrossingNames crossing, PlaceNames names) {
        if (names == null) return crossing.serbianLatin();
        return switch (names.style()) {
            case SR_LATN, EN -> crossing.serbianLatin();
            case SR_CYRL -> crossing.serbianCyrillic();
            case SQ -> crossing.albanian();
            case DUAL ->
                crossing.albanian().equals(crossing.serbianLatin())
                        ? crossing.albanian()
                        : crossing.albanian() + " / " + crossing.serbianLatin();
        };
    }
}
