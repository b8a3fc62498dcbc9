package org.casebook.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Turns text into stemmed words that remember where they stand in the text. */
final class Tokens {

    /** A stemmed, lower-case word and the characters [start, end) of the original text it came from. */
    record Token(String term, int start, int end) {
    }

    // Lucene analyzers are safe to share between threads: each thread reuses its own token stream.
    private static final Analyzer ANALYZER = new LetterAnalyzer();

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a string does not fail; keep the checked exception out of every caller.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Just the stemmed words, e.g. for a phrase of a rule. */
    static List<String> terms(String text) {
        return of(text).stream().map(Token::term).toList();
    }
}
