package org.casebook.analysis;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as the rules see them: Unicode word breaks, possessives dropped, lower case, Porter stems. There is no
 * stop-word filter, because "not", "no" and "we" carry the meaning of a response. Contractions are spelled out first
 * ("can't" → "can not", "we'll" → "we will") so that a rule written with "not" also finds "don't"; the char filter
 * keeps offsets pointing into the original text, so matched words can be quoted as the letter has them.
 */
final class LetterAnalyzer extends Analyzer {

    private static final NormalizeCharMap CONTRACTIONS = contractions();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(CONTRACTIONS, reader);
    }

    private static NormalizeCharMap contractions() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String apostrophe : List.of("'", "\u2019")) {
            // Whole words first: the char filter takes the longest match, so these win over the "n't" ending.
            add(map, "can" + apostrophe + "t", "can not");
            add(map, "won" + apostrophe + "t", "will not");
            add(map, "shan" + apostrophe + "t", "shall not");
            add(map, "n" + apostrophe + "t", " not");
            // With the pronoun: a bare "'re" would also eat a straight quote opening a word ('review').
            for (String pronoun : List.of("we", "you", "they", "i", "it")) {
                add(map, pronoun + apostrophe + "re", pronoun + " are");
                add(map, pronoun + apostrophe + "ve", pronoun + " have");
                add(map, pronoun + apostrophe + "ll", pronoun + " will");
            }
            add(map, "i" + apostrophe + "m", "i am");
        }
        add(map, "cannot", "can not");
        map.put("\u2019", "'");
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        map.forEach(builder::add);
        return builder.build();
    }

    /** The lower-case form and the capitalised one (a sentence may start with the contraction). */
    private static void add(Map<String, String> map, String from, String to) {
        map.putIfAbsent(from, to);
        map.putIfAbsent(Character.toUpperCase(from.charAt(0)) + from.substring(1),
                Character.toUpperCase(to.charAt(0)) + to.substring(1));
        map.putIfAbsent(from.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT));
    }
}
