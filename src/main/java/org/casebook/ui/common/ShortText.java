package org.casebook.ui.common;

/** Long texts cut to the first words, so an Edit menu entry or a dialog line stays one short line. */
public final class ShortText {

    static final int LENGTH = 40;

    private ShortText() {
    }

    /** The text on one line, cut at a word near {@value #LENGTH} characters and ended with "…" when it was longer. */
    public static String of(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', LENGTH);
        return line.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…";
    }
}
