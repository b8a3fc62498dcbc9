package org.casebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * When a search finds nothing: the query again with each word the case does not hold replaced by the nearest words
 * it does hold (Lucene's direct spell checker over the unstemmed words), best first, at most {@value #OFFERED}.
 */
final class Spellings {

    static final int OFFERED = 3;
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}][\\p{L}\\p{N}']*)(?![\\p{L}\\p{N}:*?])");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private Spellings() {
    }

    static List<String> suggest(IndexReader reader, String query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        Map<String, SuggestWord[]> unknown = new LinkedHashMap<>();
        Matcher words = WORD.matcher(query);
        while (words.find()) {
            String word = words.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (OPERATORS.contains(word) || unknown.containsKey(word) || lower.length() < 3) {
                continue;
            }
            Term term = new Term(Fields.WORDS, lower);
            if (reader.docFreq(term) == 0) {
                SuggestWord[] near = checker.suggestSimilar(term, OFFERED, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (near.length > 0) {
                    unknown.put(word, near);
                }
            }
        }
        List<String> offered = new ArrayList<>();
        for (int choice = 0; choice < OFFERED && !unknown.isEmpty(); choice++) {
            String corrected = query;
            boolean changed = false;
            for (Map.Entry<String, SuggestWord[]> e : unknown.entrySet()) {
                SuggestWord[] near = e.getValue();
                if (choice < near.length) {
                    corrected = corrected.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey())
                            + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(near[choice].string));
                    changed = true;
                }
            }
            if (changed && !offered.contains(corrected)) {
                offered.add(corrected);
            }
        }
        return offered;
    }
}
