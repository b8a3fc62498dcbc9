package org.casebook.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * English analysis for every searchable field (lower case, English stop words out, Porter stems, so "refusing"
 * finds "refused"), and plain lower-cased words for the spelling field, whose suggestions must be real words.
 */
final class CaseAnalyzer {

    private CaseAnalyzer() {
    }

    static Analyzer create() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(Fields.WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
    }
}
