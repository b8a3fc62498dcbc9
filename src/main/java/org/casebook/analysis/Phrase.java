package org.casebook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebook.analysis.Tokens.Token;

/**
 * One phrase of a rule, e.g. {@code "paid … a day"}: runs of words, compared stem by stem, with "…" (or "...")
 * standing for a gap of up to {@value #MAX_GAP} words between them.
 */
final class Phrase {

    static final int MAX_GAP = 4;
    private static final Pattern GAP = Pattern.compile("\u2026|\\.\\.\\.");

    /** Where a phrase matched: tokens [first, last] of the text analysed. */
    record Match(Phrase phrase, int first, int last) {
        int length() {
            return last - first + 1;
        }

        boolean overlaps(Match other) {
            return first <= other.last && other.first <= last;
        }
    }

    private final String text;
    private final List<List<String>> runs;

    private Phrase(String text, List<List<String>> runs) {
        this.text = text;
        this.runs = runs;
    }

    /** The phrase, or empty when it has no words (only punctuation, say) and so could never match. */
    static Optional<Phrase> parse(String text) {
        List<List<String>> runs = new ArrayList<>();
        for (String part : GAP.split(text, -1)) {
            List<String> terms = Tokens.terms(part);
            if (!terms.isEmpty()) {
                runs.add(terms);
            }
        }
        return runs.isEmpty() ? Optional.empty() : Optional.of(new Phrase(text.strip(), List.copyOf(runs)));
    }

    String text() {
        return text;
    }

    /** Every place the phrase matches, each with the shortest gaps; matches may overlap. */
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            int end = matchFrom(tokens, 0, start);
            if (end >= 0) {
                matches.add(new Match(this, start, end - 1));
            }
        }
        return matches;
    }

    /** The end (exclusive) of a match of runs[run..] starting at {@code at}, or -1. */
    private int matchFrom(List<Token> tokens, int run, int at) {
        List<String> terms = runs.get(run);
        if (at + terms.size() > tokens.size()) {
            return -1;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (!terms.get(i).equals(tokens.get(at + i).term())) {
                return -1;
            }
        }
        int next = at + terms.size();
        if (run == runs.size() - 1) {
            return next;
        }
        for (int gap = 0; gap <= MAX_GAP; gap++) {
            int end = matchFrom(tokens, run + 1, next + gap);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
