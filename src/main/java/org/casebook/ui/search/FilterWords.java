package org.casebook.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.casebook.domain.Stance;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.StanceText;

/**
 * The filters in words: one chip per chosen value, in the order of the Add-a-filter menu, and the menu's sections
 * with the values not chosen yet.
 */
final class FilterWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    private static final List<Stance> STANCES = List.of(Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE,
            Stance.UNANSWERED, Stance.UNDECIDED);

    private final Messages messages;
    private final SearchText text;

    FilterWords(Messages messages, SearchText text) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.text = Objects.requireNonNull(text, "text");
    }

    List<FilterChip> chips(SearchFilters filters, SearchNames names) {
        List<FilterChip> chips = new ArrayList<>();
        names.themes().stream().filter(t -> filters.themeIds().contains(t.id()))
                .forEach(t -> chips.add(chip("search.filter.theme", t.name(), filters.withThemes(less(filters.themeIds(), t.id())))));
        // A theme removed from the codebook since it was chosen still shows, so it can be taken off.
        filters.themeIds().stream().filter(id -> names.theme(id).isEmpty()).sorted()
                .forEach(id -> chips.add(chip("search.filter.theme", id, filters.withThemes(less(filters.themeIds(), id)))));
        STANCES.stream().filter(filters.stances()::contains).forEach(s -> chips.add(chip("search.filter.stance",
                StanceText.label(messages, s), filters.withStances(less(filters.stances(), s)))));
        filters.responseTypeIds().stream().sorted().forEach(id -> chips.add(chip("search.filter.responseType",
                names.responseTypeName(id), filters.withResponseTypes(less(filters.responseTypeIds(), id)))));
        filters.bodyIds().stream().sorted().forEach(id -> chips.add(chip("search.filter.body", names.bodyName(id),
                filters.withBodies(less(filters.bodyIds(), id)))));
        filters.meetingIds().stream().sorted().forEach(id -> chips.add(chip("search.filter.meeting", names.meetingName(id),
                filters.withMeetings(less(filters.meetingIds(), id)))));
        dates(filters.from(), filters.to()).ifPresent(words -> chips.add(chip("search.filter.dates.name", words,
                filters.withDates(Optional.empty(), Optional.empty()))));
        Arrays.stream(HitKind.values()).filter(filters.kinds()::contains).forEach(k -> chips.add(chip("search.filter.kind",
                text.kind(k), filters.withKinds(less(filters.kinds(), k)))));
        return chips;
    }

    List<FilterChoice> choices(SearchFilters filters, SearchNames names) {
        List<FilterChoice> choices = new ArrayList<>();
        choices.add(new FilterChoice(messages.get("search.filter.theme"), names.themes().stream()
                .filter(t -> !filters.themeIds().contains(t.id()))
                .map(t -> new FilterChoice.Entry(t.name(), names.depths().getOrDefault(t.id(), 0),
                        filters.withThemes(more(filters.themeIds(), t.id())))).toList()));
        choices.add(section("search.filter.stance", STANCES, filters.stances(), s -> StanceText.label(messages, s),
                s -> filters.withStances(more(filters.stances(), s))));
        choices.add(new FilterChoice(messages.get("search.filter.responseType"), names.responseTypes().stream()
                .filter(t -> !filters.responseTypeIds().contains(t.id()))
                .map(t -> new FilterChoice.Entry(t.name(), 0, filters.withResponseTypes(more(filters.responseTypeIds(), t.id()))))
                .toList()));
        choices.add(new FilterChoice(messages.get("search.filter.body"), names.bodies().stream()
                .filter(b -> !filters.bodyIds().contains(b.id()))
                .map(b -> new FilterChoice.Entry(b.name(), 0, filters.withBodies(more(filters.bodyIds(), b.id())))).toList()));
        choices.add(new FilterChoice(messages.get("search.filter.meeting"), names.meetings().stream()
                .filter(m -> !filters.meetingIds().contains(m.id()))
                .map(m -> new FilterChoice.Entry(m.name(), 0, filters.withMeetings(more(filters.meetingIds(), m.id()))))
                .toList()));
        choices.add(section("search.filter.kind", List.of(HitKind.values()), filters.kinds(), text::kind,
                k -> filters.withKinds(more(filters.kinds(), k))));
        return choices;
    }

    /** "from 1 Jan 2021", "until 3 Mar 2022", or both; nothing without dates. */
    Optional<String> dates(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent()) {
            return Optional.of(messages.format("search.filter.dates.between", DATE.format(from.get()), DATE.format(to.get())));
        }
        return from.map(d -> messages.format("search.filter.dates.from", DATE.format(d)))
                .or(() -> to.map(d -> messages.format("search.filter.dates.to", DATE.format(d))));
    }

    private <T> FilterChoice section(String key, List<T> values, Set<T> chosen, Function<T, String> name,
                                     Function<T, SearchFilters> with) {
        return new FilterChoice(messages.get(key), values.stream().filter(v -> !chosen.contains(v))
                .map(v -> new FilterChoice.Entry(name.apply(v), 0, with.apply(v))).toList());
    }

    private FilterChip chip(String categoryKey, String value, SearchFilters without) {
        String category = messages.get(categoryKey);
        return new FilterChip(messages.format("search.chip", category, value),
                messages.format("search.chip.spoken", category, value), without);
    }

    private static <T> Set<T> less(Set<T> values, T value) {
        Set<T> copy = new HashSet<>(values);
        copy.remove(value);
        return copy;
    }

    private static <T> Set<T> more(Set<T> values, T value) {
        Set<T> copy = new HashSet<>(values);
        copy.add(value);
        return copy;
    }
}
