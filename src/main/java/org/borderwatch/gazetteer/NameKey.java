package org.borderwatch.gazetteer;

import com.ibm.icu.text.Transliterator;

/**
 * Folds a name to the key searches compare: Serbian Cyrillic to Latin by ICU's Serbian-Latin/BGN transform
 * (so Љ gives lj, not the l-circumflex of the generic Cyrillic-Latin), then accents away and lower case, so
 * "Звечан", "Zvečan", "Zveçan" and "ZVECAN" all give "zvecan". Punctuation becomes a space. ICU transliterators
 * are not thread-safe, so each thread gets its own.
 */
final class NameKey {

    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Serbian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

    private NameKey() {}

    static String of(String name) {
        String folded = FOLD.get().transliterate(name);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') out.setLength(n - 1);
        return out.toString();
    }
}
