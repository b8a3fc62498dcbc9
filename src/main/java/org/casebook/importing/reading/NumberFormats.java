package org.casebook.importing.reading;

import java.util.Locale;

/** List numbers as Word and OpenDocument draw them: 3 → "3", "c", "C", "iii", "III". */
final class NumberFormats {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private NumberFormats() {
    }

    /**
     * @param format a Word {@code w:numFmt} value (decimal, lowerLetter, upperRoman, …) or an ODF {@code style:num-format}
     *               (1, a, A, i, I)
     */
    static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter", "a" -> letters(value);
            case "upperLetter", "A" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman", "i" -> roman(value);
            case "upperRoman", "I" -> roman(value).toUpperCase(Locale.ROOT);
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "", "none" -> "";
            default -> Integer.toString(value);
        };
    }

    /** 1 → a, 26 → z, 27 → aa, 28 → bb: Word's and LibreOffice's way of going past z. */
    static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }
}
