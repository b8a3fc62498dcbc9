package org.casebook.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Stance;

/**
 * A theme or a thread across meetings: one column per meeting (or per letter that belongs to no meeting), oldest
 * first, each holding the items of that set raised there. Pure, built from one snapshot.
 */
public record Timeline(List<Column> columns) {

    /** A meeting (or a letter with no meeting) and the items of the set it answered. */
    public record Column(String label, Optional<LocalDate> date, List<Entry> entries) {
        public Column {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(date, "date");
            entries = List.copyOf(entries);
        }
    }

    /** One item in a column. */
    public record Entry(long itemId, String path, String concern, Stance stance, String letter) {
    }

    /** How a meeting is named in a column's heading. */
    public interface Labels {
        String meeting(Meeting meeting);

        String letter(Letter letter);
    }

    public static final Timeline EMPTY = new Timeline(List.of());

    public Timeline {
        columns = List.copyOf(columns);
    }

    /** The timeline of the items with these ids, grouped by the meeting their letter answered. */
    public static Timeline of(CaseSnapshot snapshot, Set<Long> itemIds, Labels labels) {
        Map<Long, Letter> letters = snapshot.letters().stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        Map<Long, Meeting> meetings = snapshot.meetings().stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        Map<String, List<Item>> byPlace = new LinkedHashMap<>();
        Map<String, Column> heads = new LinkedHashMap<>();
        for (Item item : snapshot.items()) {
            if (!itemIds.contains(item.id())) {
                continue;
            }
            Letter letter = letters.get(item.letterId());
            Optional<Meeting> meeting = letter.meetingId().map(meetings::get);
            String key = meeting.map(m -> "m" + m.id()).orElse("l" + letter.id());
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            heads.putIfAbsent(key, new Column(meeting.map(labels::meeting).orElseGet(() -> labels.letter(letter)),
                    meeting.flatMap(Meeting::date).or(letter::date), List.of()));
        }
        List<Column> columns = heads.entrySet().stream().map(head -> new Column(head.getValue().label(),
                        head.getValue().date(), byPlace.get(head.getKey()).stream()
                        .map(item -> new Entry(item.id(), item.path(), firstLine(item.concern()), item.stance(),
                                letters.get(item.letterId()).title()))
                        .toList()))
                .sorted(Comparator.comparing((Column c) -> c.date().orElse(LocalDate.MAX)).thenComparing(Column::label))
                .toList();
        return new Timeline(columns);
    }

    private static String firstLine(String text) {
        String flat = text.strip();
        int end = flat.indexOf('\n');
        return end < 0 ? flat : flat.substring(0, end).strip();
    }
}
