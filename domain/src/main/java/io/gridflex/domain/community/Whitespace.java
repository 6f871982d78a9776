package io.gridflex.domain.community;

/**
 * Trimming as rec-registry trims ids: every character Python's {@code str.isspace()} is true for,
 * which is more than Java's {@link String#strip()} takes (it keeps U+00A0, U+2007, U+202F, U+0085
 * and U+001C–U+001F).
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether Python's {@code str.isspace()} is true for this character. */
    public static boolean isSpace(int c) {
        return c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** The text without those characters at either end. */
    public static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }
}
