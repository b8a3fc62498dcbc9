package org.casebook.ui.threads;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.casebook.domain.Codebook;
import org.casebook.domain.DiffPart;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.ResponseType;
import org.casebook.domain.StepMarker;
import org.casebook.ui.common.Messages;

/** How the threads screen names markers, places, dates and response types, and its undo descriptions. */
public final class ThreadWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Undo descriptions and list rows quote letter titles and concerns; long ones are cut at a word. */
    private static final int SHORT = 32;
    private static final int LINE = 90;

    private final Messages messages;

    public ThreadWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String marker(StepMarker marker) {
        return messages.get(switch (marker) {
            case NEW -> "threads.marker.new";
            case REPEATED -> "threads.marker.repeated";
            case SOFTENED -> "threads.marker.softened";
            case HARDENED -> "threads.marker.hardened";
            case REVERSED -> "threads.marker.reversed";
            case UNANSWERED -> "threads.marker.unanswered";
            case CHANGED -> "threads.marker.changed";
        });
    }

    /** What a marker means, for its tooltip and screen readers. */
    public String markerHelp(StepMarker marker) {
        return messages.get(switch (marker) {
            case NEW -> "threads.marker.new.help";
            case REPEATED -> "threads.marker.repeated.help";
            case SOFTENED -> "threads.marker.softened.help";
            case HARDENED -> "threads.marker.hardened.help";
            case REVERSED -> "threads.marker.reversed.help";
            case UNANSWERED -> "threads.marker.unanswered.help";
            case CHANGED -> "threads.marker.changed.help";
        });
    }

    /** The style class of a marker badge: each marker has its own border as well as its word. */
    public static String markerStyle(StepMarker marker) {
        return "cb-marker-" + marker.code();
    }

    public String date(Letter letter) {
        return letter.date().map(ThreadWords::day).orElse(messages.get("threads.undated"));
    }

    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    /** "2 of “Second reply to the Forum…”". */
    public String place(Item item, Letter letter) {
        return messages.format("threads.place", item.path(), cut(letter.title(), SHORT));
    }

    /** The first line of a concern, cut near {@value #LINE} characters. */
    public String firstLine(String concern) {
        return cut(concern.strip().lines().findFirst().orElse("").strip(), LINE);
    }

    public String score(double score) {
        return messages.format("threads.suggestion.score", Math.round(score * 100));
    }

    public String count(int items) {
        return messages.format("threads.list.count", items);
    }

    /** The response types by name; suggested ones say so, and none says that too. */
    public String types(Codebook codebook, List<String> ids, boolean confirmed) {
        if (ids.isEmpty()) {
            return messages.get("threads.types.none");
        }
        String names = ids.stream().map(id -> codebook.responseType(id).map(ResponseType::name).orElse(id))
                .collect(Collectors.joining(", "));
        return confirmed ? names : messages.format("threads.types.suggested", names);
    }

    /** What a screen reader says for a response with its changes from the letter before. */
    public String diffSpoken(String response, List<DiffPart> diff) {
        if (diff.isEmpty()) {
            return response;
        }
        return messages.format("threads.compare.diff.spoken", response, words(diff, DiffPart.Kind.ADDED),
                words(diff, DiffPart.Kind.REMOVED));
    }

    public String thresholdLabel(double threshold) {
        return messages.format("threads.threshold.label", Math.round(threshold * 100));
    }

    public String summary(int threads, int suggestions) {
        return messages.format("threads.summary", threads, suggestions);
    }

    public String confirmDescription(String first, String second) {
        return messages.format("threads.edit.confirm", first, second);
    }

    public String rejectDescription(String first, String second) {
        return messages.format("threads.edit.reject", first, second);
    }

    public String renameDescription(String title) {
        return messages.format("threads.edit.rename", cut(title, SHORT));
    }

    public String deleteDescription(String title) {
        return messages.format("threads.edit.delete", cut(title, SHORT));
    }

    public String addDescription(String place, String title) {
        return messages.format("threads.edit.add", place, cut(title, SHORT));
    }

    public String removeDescription(String place, String title) {
        return messages.format("threads.edit.remove", place, cut(title, SHORT));
    }

    private String words(List<DiffPart> diff, DiffPart.Kind kind) {
        String joined = diff.stream().filter(p -> p.kind() == kind).map(p -> p.text().strip())
                .collect(Collectors.joining(" … "));
        return joined.isEmpty() ? messages.get("threads.compare.diff.nothing") : joined;
    }

    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int space = text.lastIndexOf(' ', length);
        return text.substring(0, space > length / 2 ? space : length).strip() + "…";
    }
}
