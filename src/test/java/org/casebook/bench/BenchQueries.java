package org.casebook.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.casebook.domain.Stance;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;

/**
 * Queries drawn from a case's own words, each in Lucene's query language with its filters and in FTS5's syntax with
 * the same filter as a column: single words (common and rare), two words, phrases of consecutive words from real
 * texts, prefixes, OR, exclusions, and words with a stance, kind or body filter. The same texts and seed give the
 * same queries.
 */
final class BenchQueries {

    /** One query in both languages, and its class for the per-class figures. */
    record Query(String kind, String lucene, SearchFilters filters, Fts5Index.Fts5Query fts5) {
    }

    /** How many of each class; 1,200 in all. */
    static final Map<String, Integer> MIX = mix();

    /** Lucene's English stop words: never drawn, as Lucene drops them and FTS5 does not. */
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with", "near");

    private final Random random;
    private final List<List<String>> texts = new ArrayList<>();
    private final List<String> common;
    private final List<String> rare;
    private final List<Long> bodyIds;

    private static Map<String, Integer> mix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("word-common", 150);
        mix.put("word-rare", 150);
        mix.put("two-words", 200);
        mix.put("phrase", 200);
        mix.put("prefix", 150);
        mix.put("or", 100);
        mix.put("not", 100);
        mix.put("filter-stance", 50);
        mix.put("filter-kind", 50);
        mix.put("filter-body", 50);
        return mix;
    }

    /** From sample texts of the case (their words in order) and its bodies' ids. */
    BenchQueries(List<String> sampleTexts, List<Long> bodyIds, long seed) {
        this.random = new Random(seed);
        this.bodyIds = List.copyOf(bodyIds);
        Map<String, Integer> frequency = new HashMap<>();
        for (String text : sampleTexts) {
            List<String> words = words(text);
            texts.add(words);
            new HashSet<>(words).forEach(w -> frequency.merge(w, 1, Integer::sum));
        }
        List<String> usable = frequency.keySet().stream().filter(BenchQueries::drawable)
                .sorted(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w)).toList();
        this.common = usable.subList(0, Math.min(300, usable.size()));
        // The rarest words the sample holds at least twice (a word seen once may be a figure of one document).
        List<String> atLeastTwice = usable.stream().filter(w -> frequency.get(w) >= 2).toList();
        this.rare = atLeastTwice.subList(Math.max(0, atLeastTwice.size() - 400), atLeastTwice.size());
    }

    private static boolean drawable(String word) {
        return word.length() >= 3 && !STOP.contains(word) && word.chars().allMatch(Character::isLetter);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    List<Query> all() {
        List<Query> queries = new ArrayList<>();
        MIX.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                queries.add(one(kind));
            }
        });
        return queries;
    }

    private Query one(String kind) {
        return switch (kind) {
            case "word-common" -> plain(kind, pick(common));
            case "word-rare" -> plain(kind, pick(rare));
            case "two-words" -> {
                List<String> pair = fromOneText(2);
                yield new Query(kind, pair.get(0) + " " + pair.get(1), SearchFilters.NONE,
                        match(quoted(pair.get(0)) + " " + quoted(pair.get(1))));
            }
            case "phrase" -> {
                List<String> phrase = consecutive(2 + random.nextInt(2));
                String words = String.join(" ", phrase);
                yield new Query(kind, "\"" + words + "\"", SearchFilters.NONE, match("\"" + words + "\""));
            }
            case "prefix" -> {
                String word = pick(random.nextBoolean() ? common : rare);
                String stem = word.substring(0, Math.min(word.length(), 4 + random.nextInt(2)));
                yield new Query(kind, stem + "*", SearchFilters.NONE, match(quoted(stem) + "*"));
            }
            case "or" -> {
                String a = pick(rare);
                String b = pick(random.nextBoolean() ? common : rare);
                yield new Query(kind, a + " OR " + b, SearchFilters.NONE, match(quoted(a) + " OR " + quoted(b)));
            }
            case "not" -> {
                List<String> pair = fromOneText(2);
                yield new Query(kind, pair.get(0) + " -" + pair.get(1), SearchFilters.NONE,
                        match(quoted(pair.get(0)) + " NOT " + quoted(pair.get(1))));
            }
            case "filter-stance" -> {
                Stance stance = List.of(Stance.DISPUTE, Stance.AGREE, Stance.PARTLY_AGREE).get(random.nextInt(3));
                String word = pick(common);
                yield new Query(kind, word, SearchFilters.NONE.withStances(Set.of(stance)),
                        new Fts5Index.Fts5Query(quoted(word), Optional.of("stance"), Optional.of(stance.code())));
            }
            case "filter-kind" -> {
                HitKind hitKind = List.of(HitKind.NOTE, HitKind.COMMITMENT, HitKind.LETTER).get(random.nextInt(3));
                String word = pick(random.nextBoolean() ? common : rare);
                yield new Query(kind, word, SearchFilters.NONE.withKinds(Set.of(hitKind)),
                        new Fts5Index.Fts5Query(quoted(word), Optional.of("kind"), Optional.of(hitKind.key())));
            }
            case "filter-body" -> {
                long body = bodyIds.get(random.nextInt(bodyIds.size()));
                String word = pick(common);
                yield new Query(kind, word, SearchFilters.NONE.withBodies(Set.of(body)),
                        new Fts5Index.Fts5Query(quoted(word), Optional.of("body_id"), Optional.of(body)));
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Query plain(String kind, String word) {
        return new Query(kind, word, SearchFilters.NONE, match(quoted(word)));
    }

    private static Fts5Index.Fts5Query match(String text) {
        return new Fts5Index.Fts5Query(text, Optional.empty(), Optional.empty());
    }

    private static String quoted(String word) {
        return "\"" + word + "\"";
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Two different drawable words of one text, as a member remembers two words of one answer. */
    private List<String> fromOneText(int n) {
        while (true) {
            List<String> text = texts.get(random.nextInt(texts.size()));
            List<String> words = text.stream().filter(BenchQueries::drawable).distinct().toList();
            if (words.size() >= n) {
                List<String> chosen = new ArrayList<>();
                while (chosen.size() < n) {
                    String w = words.get(random.nextInt(words.size()));
                    if (!chosen.contains(w)) {
                        chosen.add(w);
                    }
                }
                return chosen;
            }
        }
    }

    /** {@code n} consecutive drawable words of one text. */
    private List<String> consecutive(int n) {
        while (true) {
            List<String> text = texts.get(random.nextInt(texts.size()));
            if (text.size() < n) {
                continue;
            }
            int at = random.nextInt(text.size() - n + 1);
            List<String> run = text.subList(at, at + n);
            if (run.stream().allMatch(BenchQueries::drawable)) {
                return List.copyOf(run);
            }
        }
    }
}
