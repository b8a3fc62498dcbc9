package org.casebook.ui.threads;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.service.ThreadService.CompareStep;
import org.casebook.ui.common.Messages;
import org.casebook.ui.workspace.StanceText;

/** Builds the matrix from the threads' compare steps: columns in the order their letters were written. */
final class MatrixBuilder {

    private final Messages messages;
    private final ThreadWords words;

    MatrixBuilder(Messages messages, ThreadWords words) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = Objects.requireNonNull(words, "words");
    }

    Matrix build(CaseSnapshot snapshot, Map<Long, List<CompareStep>> steps, Matrix.Axis axis) {
        // Steps come in letter-date order, so taking columns as they first appear puts them in date order too.
        Set<String> columns = new LinkedHashSet<>();
        snapshot.threads().stream().flatMap(t -> steps.getOrDefault(t.id(), List.of()).stream())
                .sorted((a, b) -> compareDates(a.letter(), b.letter()))
                .forEach(s -> columns.add(column(snapshot, s.letter(), axis)));
        List<String> titles = List.copyOf(columns);
        List<Matrix.Row> rows = new ArrayList<>();
        for (ConcernThread thread : snapshot.threads()) {
            List<List<Matrix.Entry>> cells = new ArrayList<>();
            titles.forEach(c -> cells.add(new ArrayList<>()));
            for (CompareStep step : steps.getOrDefault(thread.id(), List.of())) {
                cells.get(titles.indexOf(column(snapshot, step.letter(), axis))).add(entry(snapshot, step));
            }
            rows.add(new Matrix.Row(thread.id(), thread.title(), cells));
        }
        return new Matrix(titles, rows);
    }

    private Matrix.Entry entry(CaseSnapshot snapshot, CompareStep step) {
        String when = words.date(step.letter());
        String types = words.types(snapshot.codebook(), step.responseTypeIds(), step.typesConfirmed());
        String stance = StanceText.label(messages, step.stance());
        String marker = words.marker(step.marker());
        String spoken = messages.format("threads.matrix.entry.spoken", words.place(step.item(), step.letter()), when,
                types, stance, marker);
        return new Matrix.Entry(step.item().id(), when, types, step.stance(), stance, step.marker(), marker, spoken);
    }

    private String column(CaseSnapshot snapshot, Letter letter, Matrix.Axis axis) {
        return switch (axis) {
            case BODIES -> letter.bodyId().flatMap(id -> snapshot.bodies().stream().filter(b -> b.id() == id)
                    .findFirst()).map(Body::name).orElse(messages.get("threads.matrix.noBody"));
            case MEETINGS -> letter.meetingId().flatMap(id -> snapshot.meetings().stream().filter(m -> m.id() == id)
                    .findFirst()).map(this::meeting).orElse(messages.get("threads.matrix.noMeeting"));
        };
    }

    private String meeting(Meeting meeting) {
        return meeting.date().map(ThreadWords::day).map(d -> messages.format("threads.matrix.meeting", meeting.name(), d)).orElse(meeting.name());
    }

    private static int compareDates(Letter a, Letter b) {
        if (a.date().isPresent() && b.date().isPresent()) {
            return a.date().get().compareTo(b.date().get());
        }
        return a.date().isPresent() ? -1 : b.date().isPresent() ? 1 : Long.compare(a.id(), b.id());
    }
}
