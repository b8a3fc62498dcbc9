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
     * How many candidates each concern keeps while the pairs are scored: a few more than it may end with, since some
     * of its best pairs lose out because their other concern already has its five.
     */
    static final int KEPT_PER_CONCERN = PER_CONCERN + 3;

    /**
     * Pairs of concerns from different letters scoring at least {@code threshold}, best first, each concern in at most
     * {@link #PER_CONCERN} of them (its best), without comparing every pair: words are ranked rarest first, and a
     * concern is looked up in the index only by its rarest words, up to where the rest of its weight could no longer
     * reach the threshold on its own (prefix filtering, after Bayardo, Ma and Srikant's "All-pairs"), and never by a
     * word too {@link #common} to tell concerns apart. Each candidate's score is then the exact cosine; where no word
     * is that common the pairs are exactly those of comparing every pair.
     */
    public static List<LinkSuggestion> pairs(List<Concern> concerns, double threshold) {
        Vectors vectors = Vectors.of(concerns);
        int n = concerns.size();
        int[][] terms = vectors.terms();
        double[][] weights = vectors.weights();
        double[][] restNorm = new double[n][];
        int[] prefix = new int[n];
        for (int i = 0; i < n; i++) {
            int size = terms[i].length;
            restNorm[i] = new double[size + 1];
            double rest = 0;
            for (int k = size - 1; k >= 0; k--) {
                rest += weights[i][k] * weights[i][k];
                restNorm[i][k] = Math.sqrt(rest);
            }
            // The rarest words, up to where the weight left could not reach the threshold even against an equal vector.
            int k = 0;
            while (k < size && restNorm[i][k] >= threshold) {
                k++;
            }
            prefix[i] = k;
        }
        int[][] postings = postings(terms, vectors.termCount());
        double[][] postingWeights = postingWeights(terms, weights, postings, vectors.termCount());
        // Each concern's best pairs so far, as it and as its partner: only these can survive the cap below, so the
        // pairs kept stay few however many concerns read alike.
        List<java.util.PriorityQueue<LinkSuggestion>> best = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            best.add(new java.util.PriorityQueue<>(BEST_FIRST.reversed()));
        }
        double[] shared = new double[n];
        int[] touched = new int[n];
        int common = common(n);
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int k = 0; k < prefix[i]; k++) {
                int[] docs = postings[terms[i][k]];
                if (docs.length > common) {
                    // Rarest first: every word from here on is as common or more.
                    break;
                }
                double[] ws = postingWeights[terms[i][k]];
                // The postings are in concern order: only the concerns after this one, so each pair is scored once.
                for (int p = docs.length - 1; p >= 0 && docs[p] > i; p--) {
                    int j = docs[p];
                    if (shared[j] == 0) {
                        touched[count++] = j;
                    }
                    shared[j] += weights[i][k] * ws[p];
                }
            }
            for (int c = 0; c < count; c++) {
                int j = touched[c];
                double partial = shared[j];
                shared[j] = 0;
                // A pair that cannot reach the threshold, or could not enter either concern's full list of best
                // candidates, is not scored at all.
                double needed = Math.max(threshold, Math.min(floor(best.get(i)), floor(best.get(j))));
                if (concerns.get(i).letterId() == concerns.get(j).letterId()
                        || partial + restNorm[i][prefix[i]] < needed) {
                    continue;
                }
                double score = Math.min(1.0, dot(terms[i], weights[i], terms[j], weights[j]));
                if (score >= threshold && score > 0) {
                    LinkSuggestion pair = new LinkSuggestion(concerns.get(i).itemId(), concerns.get(j).itemId(), score);
                    offer(best.get(i), pair);
                    offer(best.get(j), pair);
                }
            }
        }
        List<LinkSuggestion> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            found.addAll(best.get(i));
            // Let each list go as it is read: at 200,000 concerns they are most of what is in memory.
            best.set(i, null);
        }
        found.sort(BEST_FIRST);
        // A pair kept by both its concerns is in the list twice, side by side once sorted.
        List<LinkSuggestion> once = new ArrayList<>(found.size() / 2 + 1);
        for (LinkSuggestion pair : found) {
            if (once.isEmpty() || !once.get(once.size() - 1).equals(pair)) {
                once.add(pair);
            }
        }
        return bestPerConcern(once);
    }

    /**
     * How many concerns a word may be in and still bring two concerns together: about twice the square root of their
     * number (at least {@value #COMMON_FLOOR}), so the work grows with the case, not with its square. A pair whose only
     * rarer shared words are beyond this is not suggested; every pair that is suggested is scored exactly.
     */
    static int common(int concerns) {
        return Math.max(COMMON_FLOOR, (int) (2 * Math.sqrt(concerns)));
    }

    static final int COMMON_FLOOR = 200;

    /**
     * The concerns as sparse unit TF-IDF vectors in arrays (a case of 200,000 concerns in some tens of MB, where maps
     * took hundreds): for each concern its term ids, ranked rarest first across all concerns and ascending, and their
     * weights.
     */
    private record Vectors(int[][] terms, double[][] weights, int termCount) {

        static Vectors of(List<Concern> concerns) {
            int n = concerns.size();
            Map<String, Integer> provisional = new HashMap<>();
            int[][] ids = new int[n][];
            int[][] counts = new int[n][];
            for (int i = 0; i < n; i++) {
                Map<String, Integer> count = termCounts(concerns.get(i).text());
                ids[i] = new int[count.size()];
                counts[i] = new int[count.size()];
                int k = 0;
                for (Map.Entry<String, Integer> entry : count.entrySet()) {
                    ids[i][k] = provisional.computeIfAbsent(entry.getKey(), t -> provisional.size());
                    counts[i][k++] = entry.getValue();
                }
            }
            int termCount = provisional.size();
            int[] frequency = new int[termCount];
            for (int[] concern : ids) {
                for (int id : concern) {
                    frequency[id]++;
                }
            }
            String[] words = new String[termCount];
            provisional.forEach((word, id) -> words[id] = word);
            Integer[] byRarity = new Integer[termCount];
            for (int t = 0; t < termCount; t++) {
                byRarity[t] = t;
            }
            java.util.Arrays.sort(byRarity, Comparator.comparingInt((Integer t) -> frequency[t]).thenComparing(t -> words[t]));
            int[] rank = new int[termCount];
            for (int r = 0; r < termCount; r++) {
                rank[byRarity[r]] = r;
            }
            int[][] terms = new int[n][];
            double[][] weights = new double[n][];
            for (int i = 0; i < n; i++) {
                int size = ids[i].length;
                long[] packed = new long[size];
                double length = 0;
                double[] raw = new double[size];
                for (int k = 0; k < size; k++) {
                    raw[k] = (1 + Math.log(counts[i][k])) * (1 + Math.log((1.0 + n) / (1.0 + frequency[ids[i][k]])));
                    length += raw[k] * raw[k];
                    packed[k] = ((long) rank[ids[i][k]] << 32) | k;
                }
                java.util.Arrays.sort(packed);
                length = Math.sqrt(length);
                terms[i] = new int[size];
                weights[i] = new double[size];
                for (int k = 0; k < size; k++) {
                    int at = (int) (packed[k] & 0xffffffffL);
                    terms[i][k] = (int) (packed[k] >>> 32);
                    weights[i][k] = length > 0 ? raw[at] / length : 0;
                }
            }
            return new Vectors(terms, weights, termCount);
        }
    }

    /** For each term, the concerns holding it, in concern order. */
    private static int[][] postings(int[][] terms, int termCount) {
        int[] sizes = new int[termCount];
        for (int[] concern : terms) {
            for (int t : concern) {
                sizes[t]++;
            }
        }
        int[][] postings = new int[termCount][];
        for (int t = 0; t < termCount; t++) {
            postings[t] = new int[sizes[t]];
        }
        int[] filled = new int[termCount];
        for (int i = 0; i < terms.length; i++) {
            for (int t : terms[i]) {
                postings[t][filled[t]++] = i;
            }
        }
        return postings;
    }

    /** The weight each concern in a term's postings gives that term. */
    private static double[][] postingWeights(int[][] terms, double[][] weights, int[][] postings, int termCount) {
        double[][] result = new double[termCount][];
        int[] filled = new int[termCount];
        for (int t = 0; t < termCount; t++) {
            result[t] = new double[postings[t].length];
        }
        for (int i = 0; i < terms.length; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                result[t][filled[t]++] = weights[i][k];
            }
        }
        return result;
    }

    /** The score a pair must beat to enter a concern's list of candidates: none until the list is full. */
    private static double floor(java.util.PriorityQueue<LinkSuggestion> best) {
        return best.size() < KEPT_PER_CONCERN ? Double.NEGATIVE_INFINITY : best.peek().score();
    }

    /** Keeps the {@link #KEPT_PER_CONCERN} best pairs of a concern seen so far; the worst is at the head. */
    private static void offer(java.util.PriorityQueue<LinkSuggestion> best, LinkSuggestion pair) {
        if (best.size() < KEPT_PER_CONCERN) {
            best.add(pair);
        } else if (pair.score() >= best.peek().score() && BEST_FIRST.compare(pair, best.peek()) < 0) {
            best.poll();
            best.add(pair);
        }
    }

    /** The dot product of two sparse vectors whose term ids are in ascending order. */
    private static double dot(int[] termsA, double[] weightsA, int[] termsB, double[] weightsB) {
        double sum = 0;
        int a = 0;
        int b = 0;
        while (a < termsA.length && b < termsB.length) {
            if (termsA[a] == termsB[b]) {
                sum += weightsA[a++] * weightsB[b++];
            } else if (termsA[a] < termsB[b]) {
                a++;
            } else {
                b++;
            }
        }
        return sum;
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
