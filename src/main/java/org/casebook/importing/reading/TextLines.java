package org.casebook.importing.reading;

import java.util.Arrays;
import java.util.List;

/** Line splitting that treats every line-ending convention and a page break alike. */
final class TextLines {

    private TextLines() {
    }

    static List<String> split(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace("\uFEFF", "");
        return Arrays.asList(normalised.split("\n", -1));
    }
}
