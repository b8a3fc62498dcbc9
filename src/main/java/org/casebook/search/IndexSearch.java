package org.casebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.casebook.domain.Stance;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchHit;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.domain.search.Snippet;

/** One search on one point-in-time view of the index: the query read, run with its filters, hits cut and marked. */
final class IndexSearch {

    private static final int PASSAGES = 2;
    private static final int HIGHLIGHT_LENGTH = 60_000;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    IndexSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResults run(SearchQuery search, FilterQueries.Expanded filters) throws IOException {
        Query words = new QueryReader(analyzer).read(search.text());
        Query query = FilterQueries.around(words, filters);
        // Counting every hit (not Lucene's default "1000 or more") is what the member is shown as the total.
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(search.limit(), Integer.MAX_VALUE));
        long total = top.totalHits.value;
        if (top.scoreDocs.length == 0) {
            return new SearchResults(0, List.of(), List.of(), Spellings.suggest(searcher.getIndexReader(),
                    search.text()));
        }
        int[] ids = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        Object[] snippets = search.text().isBlank() ? new Object[ids.length] : highlighter().snippets(query, ids);
        List<SearchHit> hits = new ArrayList<>(ids.length);
        Set<String> marked = new LinkedHashSet<>();
        for (int i = 0; i < ids.length; i++) {
            Document stored = searcher.storedFields().document(ids[i]);
            Snippet snippet = snippets[i] instanceof Snippet s ? s : Snippets.opening(stored.get(Fields.ALL));
            snippet.markedWords().forEach(w -> marked.add(w.toLowerCase(Locale.ROOT)));
            hits.add(hit(stored, top.scoreDocs[i], snippet));
        }
        return new SearchResults(total, hits, List.copyOf(marked), List.of());
    }

    private Highlighter highlighter() {
        return new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Snippets())
                .withMaxLength(HIGHLIGHT_LENGTH)
                // Words found through a named field (concern:pay) are marked in the document's text too.
                .withFieldMatcher(field -> true)
                // A phrase is found by the query; marking its words wherever they stand in the passage is enough.
                .withHighlightPhrasesStrictly(false));
    }

    /** The unified highlighter, asked for its passages as the {@link Snippet}s our formatter makes. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] ids) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.ALL}, query, ids, new int[] {PASSAGES}).get(Fields.ALL);
        }
    }

    private static SearchHit hit(Document d, ScoreDoc score, Snippet snippet) {
        HitKind kind = HitKind.fromKey(d.get(Fields.KIND_SHOWN)).orElse(HitKind.ITEM);
        List<String> themes = Arrays.stream(d.getFields(Fields.THEMES_SHOWN)).map(IndexableField::stringValue).toList();
        return new SearchHit(kind, Long.parseLong(d.get(Fields.LETTER_ID)), number(d, Fields.ITEM_ID),
                Optional.ofNullable(d.get(Fields.PATH)), number(d, Fields.SOURCE_ID), score.score, snippet,
                d.get(Fields.LETTER_TITLE), Optional.ofNullable(d.get(Fields.LABEL)), themes,
                Optional.ofNullable(d.get(Fields.STANCE_SHOWN)).flatMap(Stance::fromCode),
                Optional.ofNullable(d.get(Fields.BODY_NAME)),
                number(d, Fields.DAY_SHOWN).map(LocalDate::ofEpochDay));
    }

    private static Optional<Long> number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? Optional.empty() : Optional.of(f.numericValue().longValue());
    }
}
