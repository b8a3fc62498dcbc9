package org.casebook.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, keeping where each stands so that quotes come from the original text. An empty line
 * (a paragraph end, a bullet) always ends a sentence; within a paragraph {@link BreakIterator} decides, with wrapped
 * lines joined, because letters copied out of PDFs break lines inside sentences.
 */
final class Sentences {

    /** Characters [start, end) of the text, without surrounding white space. */
    record Sentence(int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    private static final Pattern EMPTY_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher emptyLine = EMPTY_LINE.matcher(text);
        int paragraph = 0;
        while (emptyLine.find()) {
            split(text, paragraph, emptyLine.start(), sentences);
            paragraph = emptyLine.end();
        }
        split(text, paragraph, text.length(), sentences);
        return sentences;
    }

    private static void split(String text, int from, int to, List<Sentence> into) {
        // Line breaks become spaces: same length, so offsets into the paragraph stay true.
        String paragraph = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
        breaks.setText(paragraph);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int first = start;
            int last = end;
            while (first < last && Character.isWhitespace(paragraph.charAt(first))) {
                first++;
            }
            while (last > first && Character.isWhitespace(paragraph.charAt(last - 1))) {
                last--;
            }
            if (first < last) {
                into.add(new Sentence(from + first, from + last));
            }
        }
    }
}
