package org.casebook.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.casebook.domain.LinkSuggestion;

/**
 * Which concerns of different letters read alike: TF-IDF cosine over the concerns' words as the suggestion rules see
 * them ({@link LetterAnalyzer}: Porter stems, contractions spelled out), less common English function words (ADR 0011).
 * The words' weights come from the concerns given, so words every letter uses ("practitioners", "Trust") count for
 * little and the words that mark a concern ("vouchers", "funding", "supervision") for much. Pure.
 */
public final class ConcernSimilarity {

    /** Tuned on the sample reply and a later reply to it (tests): the same concern raised again scores 0.85 and more, different concerns 0.25 and less. */
    public static final double DEFAULT_THRESHOLD = 0.35;

    /** Stop words only here: for rules "not" and "we" carry meaning, for likeness they are noise. */
    private static final Set<String> STOP_TERMS = stopTerms();

    /** One concern to compare: the item it belongs to and its letter, so pairs within one letter are skipped. */
    public record Concern(long itemId, long letterId, String text) {
        public Concern {
            Objects.requireNonNull(text, "text");
        }
    }

    private ConcernSimilarity() {
    }

    /**
     * How many suggestions each concern takes part in at most: its best ones. A concern raised at every meeting has
     * a handful of true matches, not hundreds; more would only bury them.
     */
    public static final int PER_CONCERN = 5;

    /**
     * Words used by more than this share of the concerns (and by more than {@link #COMMON_FLOOR}) do not bring two
     * concerns together on their own: "practitioners" or "Trust" would pair every concern with every other. They
     * still count in the score of a pair that rarer words brought together.
     */
    static final double COMMON_SHARE = 0.02;
    static final int COMMON_FLOOR = 200;

    /**
     * Pairs of concerns from different letters scoring at least {@code threshold}, best first, each concern in at most
     * {@link #PER_CONCERN} of them (its best). Candidates come from an inverted index of the concerns' words, so only
     * concerns sharing a word that is not everywhere are compared, never every pair; the score of each candidate is
     * the exact cosine.
     */
    public static List<LinkSuggestion> pairs(List<Concern> concerns, double threshold) {
        List<Map<String, Double>> vectors = vectors(concerns);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        int common = Math.max(COMMON_FLOOR, (int) (concerns.size() * COMMON_SHARE));
        List<LinkSuggestion> found = new ArrayList<>();
        int[] seenBy = new int[concerns.size()];
        java.util.Arrays.fill(seenBy, -1);
        for (int i = 0; i < concerns.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                List<Integer> holders = postings.get(term);
                if (holders.size() > common) {
                    continue;
                }
                for (int j : holders) {
                    // Each pair once (j after i), never within one letter, each candidate scored once per concern.
                    if (j <= i || seenBy[j] == i || concerns.get(i).letterId() == concerns.get(j).letterId()) {
                        continue;
                    }
                    seenBy[j] = i;
                    double score = cosine(vectors.get(i), vectors.get(j));
                    if (score >= threshold && score > 0) {
                        found.add(new LinkSuggestion(concerns.get(i).itemId(), concerns.get(j).itemId(), score));
                    }
                }
            }
        }
        found.sort(BEST_FIRST);
        return bestPerConcern(found);
    }

    /**
     * The same pairs found by comparing every two concerns: slow (quadratic), kept as the reference that
     * {@link #pairs} must agree with exactly whenever no word is common enough to be left out of the index.
     */
    static List<LinkSuggestion> pairsComparingAll(List<Concern> concerns, double threshold) {
        List<Map<String, Double>> vectors = vectors(concerns);
        List<LinkSuggestion> found = new ArrayList<>();
        for (int i = 0; i < concerns.size(); i++) {
            for (int j = i + 1; j < concerns.size(); j++) {
                if (concerns.get(i).letterId() != concerns.get(j).letterId()) {
                    double score = cosine(vectors.get(i), vectors.get(j));
                    if (score >= threshold && score > 0) {
                        found.add(new LinkSuggestion(concerns.get(i).itemId(), concerns.get(j).itemId(), score));
                    }
                }
            }
        }
        found.sort(BEST_FIRST);
        return bestPerConcern(found);
    }

    private static final Comparator<LinkSuggestion> BEST_FIRST = Comparator.comparingDouble(LinkSuggestion::score)
            .reversed().thenComparingLong(LinkSuggestion::itemA).thenComparingLong(LinkSuggestion::itemB);

    /** Keeps a pair only while both its concerns have fewer than {@link #PER_CONCERN} better pairs kept. */
    private static List<LinkSuggestion> bestPerConcern(List<LinkSuggestion> bestFirst) {
        Map<Long, Integer> kept = new HashMap<>();
        List<LinkSuggestion> result = new ArrayList<>();
        for (LinkSuggestion pair : bestFirst) {
            if (kept.getOrDefault(pair.itemA(), 0) < PER_CONCERN && kept.getOrDefault(pair.itemB(), 0) < PER_CONCERN) {
                kept.merge(pair.itemA(), 1, Integer::sum);
                kept.merge(pair.itemB(), 1, Integer::sum);
                result.add(pair);
            }
        }
        return result;
    }

    /** TF-IDF vectors, unit length: log-scaled term counts times smoothed inverse document frequency. */
    private static List<Map<String, Double>> vectors(List<Concern> concerns) {
        List<Map<String, Integer>> counts = concerns.stream().map(c -> termCounts(c.text())).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(c -> c.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
        int documents = concerns.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> count : counts) {
            Map<String, Double> vector = new HashMap<>();
            count.forEach((term, n) -> vector.put(term, (1 + Math.log(n))
                    * (1 + Math.log((1.0 + documents) / (1.0 + documentFrequency.get(term))))));
            double length = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
            if (length > 0) {
                vector.replaceAll((term, w) -> w / length);
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private static Map<String, Integer> termCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : Tokens.terms(text)) {
            if (!STOP_TERMS.contains(term) && term.chars().anyMatch(Character::isLetter)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            dot += entry.getValue() * larger.getOrDefault(entry.getKey(), 0.0);
        }
        // Rounding can take two identical texts a hair past 1.
        return Math.min(1.0, dot);
    }

    /** Lucene's English stop words, put through the same analysis as the concerns so they match as stems. */
    private static Set<String> stopTerms() {
        Set<String> terms = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> terms.addAll(Tokens.terms(new String((char[]) word))));
        return Set.copyOf(terms);
    }
}
