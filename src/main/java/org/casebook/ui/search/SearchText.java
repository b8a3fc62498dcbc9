package org.casebook.ui.search;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.domain.Theme;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchHit;
import org.casebook.domain.search.SearchResults;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.StanceText;

/** The Search screen's words: what each hit is, the groups by letter, and the line above the results. */
final class SearchText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final Messages messages;

    SearchText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The hits grouped by letter, the letters in the order of their best hit. */
    List<ResultGroup> groups(SearchResults results, SearchNames names) {
        Map<Long, List<SearchHit>> byLetter = results.hits().stream().collect(Collectors.groupingBy(SearchHit::letterId,
                LinkedHashMap::new, Collectors.toList()));
        List<ResultGroup> groups = new ArrayList<>();
        byLetter.forEach((letterId, hits) -> {
            SearchHit first = hits.get(0);
            List<String> parts = new ArrayList<>();
            first.bodyName().ifPresent(parts::add);
            first.date().map(DATE::format).ifPresent(parts::add);
            String details = String.join(" · ", parts);
            List<ResultRow> rows = hits.stream().map(hit -> row(hit, names)).toList();
            String spoken = messages.format("search.group.spoken", first.letterTitle(), details, rows.size());
            groups.add(new ResultGroup(letterId, first.letterTitle(), details, rows, spoken));
        });
        return groups;
    }

    ResultRow row(SearchHit hit, SearchNames names) {
        String heading = heading(hit);
        List<Theme> themes = names.themesOf(hit.themeIds());
        String themeWords = themes.isEmpty() ? ""
                : messages.format("search.hit.spoken.themes", themes.stream().map(Theme::name).collect(Collectors.joining(", ")));
        String stanceWords = hit.stance().filter(s -> s != org.casebook.domain.Stance.UNDECIDED)
                .map(s -> messages.format("search.hit.spoken.stance", StanceText.label(messages, s))).orElse("");
        String spoken = messages.format("search.hit.spoken", heading, hit.letterTitle(), hit.snippet().text(), themeWords,
                stanceWords);
        return new ResultRow(hit, heading, themes, hit.stance().filter(s -> s != org.casebook.domain.Stance.UNDECIDED),
                spoken);
    }

    String heading(SearchHit hit) {
        Optional<String> path = hit.path();
        return switch (hit.kind()) {
            case LETTER -> messages.get("search.hit.letter");
            case ITEM -> messages.format("search.hit.item", path.orElse("?"));
            case NOTE -> path.map(p -> messages.format("search.hit.note", p)).orElse(messages.get("search.hit.note.letter"));
            case COMMITMENT -> path.map(p -> messages.format("search.hit.commitment", p))
                    .orElse(messages.get("search.hit.commitment.letter"));
            case FOI_ANSWER -> messages.format("search.hit.answer", hit.bodyName().orElse("?"), path.orElse("?"));
        };
    }

    String kind(HitKind kind) {
        return messages.get(switch (kind) {
            case LETTER -> "search.kind.letter";
            case ITEM -> "search.kind.item";
            case NOTE -> "search.kind.note";
            case COMMITMENT -> "search.kind.commitment";
            case FOI_ANSWER -> "search.kind.foiAnswer";
        });
    }

    /** "12 results in 3 letters", or, when more were found than are shown, how many of them are shown. */
    String summary(SearchResults results, int letters) {
        return results.total() > results.hits().size()
                ? messages.format("search.summary.more", results.hits().size(), results.total(), letters)
                : messages.format("search.summary", results.total(), letters);
    }

    String nothingFound(String query, boolean filtered) {
        if (query.isBlank()) {
            return messages.get("search.none.filtersOnly");
        }
        return messages.format(filtered ? "search.none.filtered" : "search.none", query.strip());
    }

    String get(String key) {
        return messages.get(key);
    }

    String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
