package org.casebook.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.analysis.Phrase.Match;
import org.casebook.analysis.Tokens.Token;

/** The phrase families of one kind of code (themes, or response types), compiled once, matched per sentence. */
final class CodeRules {

    /** A phrase of a code's family matched in a sentence. */
    record Hit(String codeId, Match match) {
    }

    // Stems: "unable" → "unabl". "cannot"/"can't"/"don't" arrive as "can not"/"do not" (LetterAnalyzer).
    private static final Set<String> NEGATIONS_BEFORE = Set.of("not", "no", "never", "unabl", "nor", "neither");
    private static final Set<String> NEGATIONS_AFTER = Set.of("not", "never");
    private static final int LOOK_BEHIND = 2;

    private final Map<String, List<Phrase>> families = new LinkedHashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    /** {@code order} puts the codes in codebook order, so suggestions come out in the order members know. */
    CodeRules(Map<String, List<String>> phrases, Comparator<String> order) {
        phrases.keySet().stream().sorted(order).forEach(id -> families.put(id,
                phrases.get(id).stream().map(Phrase::parse).flatMap(Optional::stream).toList()));
        families.keySet().forEach(id -> ranks.put(id, ranks.size()));
    }

    /** Where a code stands in codebook order (unknown codes last). */
    int rank(String codeId) {
        return ranks.getOrDefault(codeId, families.size());
    }

    /** Every hit in a sentence's tokens, in text order, longer first where two start together. */
    List<Hit> hits(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        families.forEach((id, family) -> family.forEach(phrase ->
                phrase.find(tokens).forEach(match -> hits.add(new Hit(id, match)))));
        hits.sort(Comparator.comparingInt((Hit h) -> h.match().first()).thenComparing(h -> -h.match().length()));
        return hits;
    }

    /**
     * Hits read as what the writer says: a phrase that is negated ("we will not", "we are unable to commit to",
     * "no plans to") does not count, and where phrases of two codes overlap the longer one wins, so
     * "we are sorry that you consider" is a non-apology and not also an apology.
     */
    List<Hit> assertedHits(List<Token> tokens) {
        List<Hit> hits = hits(tokens).stream().filter(h -> !negated(tokens, h.match())).toList();
        return hits.stream().filter(h -> hits.stream().noneMatch(other -> !other.codeId().equals(h.codeId())
                && other.match().overlaps(h.match()) && other.match().length() > h.match().length())).toList();
    }

    static boolean negated(List<Token> tokens, Match match) {
        for (int i = Math.max(0, match.first() - LOOK_BEHIND); i < match.first(); i++) {
            if (NEGATIONS_BEFORE.contains(tokens.get(i).term())) {
                return true;
            }
        }
        int after = match.last() + 1;
        if (after < tokens.size()) {
            String next = tokens.get(after).term();
            boolean noLonger = next.equals("no") && after + 1 < tokens.size() && tokens.get(after + 1).term().equals("longer");
            return NEGATIONS_AFTER.contains(next) || noLonger;
        }
        return false;
    }
}
