package org.casebook.importing.lines;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises item labels at the start of a paragraph or line. Pure and stateless. */
public final class ItemLabelParser {

    // At most three digits: "2021." at the start of a wrapped line is a year, not item 2021.
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:(?:Q|Question)\\s*(\\d{1,3})\\s*[.:)\\-–]?|\\((\\d{1,3})\\)|(\\d{1,3})[.)])(?:\\s+|$)",
            Pattern.CASE_INSENSITIVE);
    /** Minutes number their items under the agenda item: "49.1 With regard …", not "1.5 million was spent". */
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3})\\.(\\d{1,2})(?:\\s+(?=[\\p{Lu}\"“‘'(])|$)");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-z])\\)|([a-z])[.)])(?:\\s+|$)");
    private static final Pattern ROMAN = Pattern.compile("^(?:\\(([ivxl]{1,6})\\)|([ivxl]{1,6})[.)])(?:\\s+|$)");
    private static final Pattern ASKER = Pattern.compile(
            "^(?:public\\s+)?question\\s+(?:\\d+\\s+)?(?:\\([^)]{1,80}\\)\\s+)?"
                    + "(?:from|by|asked by|submitted by|received from)\\s+[^?]{2,160}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPLEMENTARY_PREFIX = Pattern.compile(
            "^supplementary(?:\\s+question)?(?:\\s+from\\s+[^:]{1,80})?\\s*[:\\-–]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPLEMENTARY_NARRATIVE = Pattern.compile(
            "^(?:[^.?!]{0,100}\\basked\\s+(?:a|the\\s+following)\\s+supplementary\\s+question\\b"
                    + "|in\\s+(?:his|her|their|a)\\s+supplementary\\b|by\\s+way\\s+of\\s+(?:a\\s+)?supplementary\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[-–•*·▪●◦]\\s+");

    private ItemLabelParser() {
    }

    /** The label the text starts with, if any. */
    public static Optional<ItemLabel> parse(String text) {
        String s = text.strip();
        int lead = text.length() - text.stripLeading().length();
        // "Question 1 from Councillor Erbil to …" names who asked: the whole line is the question's opening.
        if (ASKER.matcher(s).matches() && s.length() <= 200) {
            return Optional.of(new ItemLabel(LabelKind.ASKER, "", 0, 0, false));
        }
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
            String digits = firstGroup(m);
            int value = Integer.parseInt(digits);
            return value == 0 ? Optional.empty()
                    : Optional.of(new ItemLabel(LabelKind.NUMBER, String.valueOf(value), value, lead + m.end(), false));
        }
        m = DECIMAL.matcher(s);
        if (m.find()) {
            int minor = Integer.parseInt(m.group(2));
            return minor == 0 ? Optional.empty()
                    : Optional.of(new ItemLabel(LabelKind.NUMBER, m.group(1) + "." + minor, minor, lead + m.end(), false));
        }
        m = ROMAN.matcher(s);
        if (m.find()) {
            String token = firstGroup(m);
            int value = romanValue(token);
            boolean single = token.length() == 1;
            if (value > 0 && !single) {
                return Optional.of(new ItemLabel(LabelKind.ROMAN, token, value, lead + m.end(), true));
            }
        }
        m = LETTER.matcher(s);
        if (m.find()) {
            String token = firstGroup(m);
            boolean romanToo = token.length() == 1 && "ivx".contains(token);
            return Optional.of(new ItemLabel(LabelKind.LETTER, token, token.charAt(0) - 'a' + 1, lead + m.end(), romanToo));
        }
        m = SUPPLEMENTARY_PREFIX.matcher(s);
        if (m.find()) {
            return Optional.of(new ItemLabel(LabelKind.SUPPLEMENTARY, "", 0, lead + m.end(), false));
        }
        if (SUPPLEMENTARY_NARRATIVE.matcher(s).find()) {
            return Optional.of(new ItemLabel(LabelKind.SUPPLEMENTARY, "", 0, 0, false));
        }
        return Optional.empty();
    }

    /** How many characters of the text a leading bullet ("·&nbsp;&nbsp;", "* ", "- ") takes, if it has one. */
    public static Optional<Integer> bulletLength(String text) {
        int lead = text.length() - text.stripLeading().length();
        Matcher m = BULLET.matcher(text.strip());
        return m.find() && m.end() < text.strip().length() ? Optional.of(lead + m.end()) : Optional.empty();
    }

    /** Whether a line starts a list entry: a label or a bullet. Wrapped text never continues into one. */
    public static boolean startsListEntry(String line) {
        String s = line.strip();
        if (BULLET.matcher(s).find()) {
            return true;
        }
        Optional<ItemLabel> label = parse(s);
        if (label.isEmpty() || label.get().kind() == LabelKind.SUPPLEMENTARY) {
            return label.isPresent();
        }
        // "a) The decision…" starts an entry; "i) of the above" would be a wrap that happens to look like one.
        String rest = s.substring(Math.min(s.length(), label.get().length())).stripLeading();
        return rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0));
    }

    /** The value of a lower-case roman numeral, or 0 when the letters do not form one. */
    public static int romanValue(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        int total = 0;
        int previous = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return 0;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return toRoman(total).equals(t) ? total : 0;
    }

    private static String toRoman(int value) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("pattern without a group");
    }
}
