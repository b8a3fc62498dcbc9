package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.casebook.domain.Codebook;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.search.SearchFilters;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.exchange.SearchResultsJson;
import org.casebook.search.FilterQueries;

/**
 * Full-text search over a whole case: letters, items, notes, commitments and FOI answers (ADR 23). The index lives in
 * the case folder and follows every change the case's handle stores; these methods build it, search it and say how
 * big it is. A query that cannot be read throws {@link org.casebook.domain.search.BadQueryException}.
 */
public final class SearchService {

    /** What the index holds: its documents, its size on disk, its folder, and whether it is whole. */
    public record IndexFigures(long documents, long bytes, Path folder, boolean whole) {
    }

    /** Whether the index must be built from scratch (missing, damaged, of an older format, a build cut short). */
    public boolean needsBuilding(CaseHandle handle) {
        return indexed(handle, () -> handle.search().needsBuilding());
    }

    /**
     * Makes the index ready to search: built when it must be (reporting progress, stopping with a
     * {@link org.casebook.domain.CancelledException} and the index as it was when cancelled), else brought up to date.
     */
    public void prepare(CaseHandle handle, ProgressListener progress) {
        indexed(handle, () -> {
            handle.search().prepare(progress);
            return null;
        });
    }

    /** Builds the index again from the database, whatever state it is in. */
    public void rebuild(CaseHandle handle, ProgressListener progress) {
        indexed(handle, () -> {
            handle.search().rebuild(progress);
            return null;
        });
    }

    /** Searches the case; builds the index first if it must be (without progress: the command line's way). */
    public SearchResults search(CaseHandle handle, SearchQuery query) {
        SearchFilters filters = query.filters();
        Set<String> themes = new HashSet<>(filters.themeIds());
        if (!themes.isEmpty()) {
            // Read only when a theme is chosen: a search runs at every keystroke.
            Codebook codebook = handle.read(r -> r.codebook().load());
            filters.themeIds().forEach(theme -> themes.addAll(codebook.descendants(theme)));
        }
        FilterQueries.Expanded expanded = new FilterQueries.Expanded(filters, themes);
        return indexed(handle, () -> handle.search().search(query, expanded));
    }

    /** Writes results as the command line's JSON; see {@link SearchResultsJson}. */
    public void writeJson(SearchResults results, OutputStream out) throws IOException {
        // Made here, for the command line, not with the service: the app never writes results as JSON.
        new SearchResultsJson().write(results, out);
    }

    public IndexFigures figures(CaseHandle handle) {
        return indexed(handle, () -> handle.search().figures());
    }

    private static <T> T indexed(CaseHandle handle, Supplier<T> work) {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw new CaseException(CaseException.Problem.IO, handle.root(), e.getMessage(), e);
        }
    }
}
