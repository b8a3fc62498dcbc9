package org.casebook.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.casebook.domain.Stance;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;

/**
 * The filters beside a query as Lucene filter clauses: each set of values one clause that any of them satisfies,
 * all clauses together. Themes arrive {@link Expanded}: the caller, who knows the codebook, has added sub-themes.
 */
public final class FilterQueries {

    private FilterQueries() {
    }

    /** A search's filters with every chosen theme's sub-themes added to its themes. */
    public record Expanded(SearchFilters filters, Set<String> themeIds) {
        public Expanded {
            themeIds = Set.copyOf(themeIds);
        }

        public static Expanded asGiven(SearchFilters filters) {
            return new Expanded(filters, filters.themeIds());
        }
    }

    static Query around(Query words, Expanded expanded) {
        SearchFilters f = expanded.filters();
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        List<Query> clauses = new ArrayList<>();
        anyOf(Fields.KIND, f.kinds().stream().map(HitKind::key).toList()).ifPresent(clauses::add);
        anyOf(Fields.THEME, expanded.themeIds()).ifPresent(clauses::add);
        anyOf(Fields.STANCE, f.stances().stream().map(Stance::code).toList()).ifPresent(clauses::add);
        anyOf(Fields.RESPONSE_TYPE, f.responseTypeIds()).ifPresent(clauses::add);
        anyOf(Fields.BODY_ID, f.bodyIds().stream().map(String::valueOf).toList()).ifPresent(clauses::add);
        anyOf(Fields.MEETING_ID, f.meetingIds().stream().map(String::valueOf).toList()).ifPresent(clauses::add);
        if (f.from().isPresent() || f.to().isPresent()) {
            clauses.add(IntPoint.newRangeQuery(Fields.DAY, day(f.from(), Integer.MIN_VALUE),
                    day(f.to(), Integer.MAX_VALUE)));
        }
        clauses.forEach(c -> query.add(c, BooleanClause.Occur.FILTER));
        return query.build();
    }

    private static int day(Optional<LocalDate> date, int open) {
        return date.map(d -> (int) d.toEpochDay()).orElse(open);
    }

    private static Optional<Query> anyOf(String field, Collection<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
    }
}
