package org.casebook.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.TagState;
import org.casebook.service.AnnotationService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/** The timeline of a theme or a thread across meetings, chosen from one list; an entry opens its item. */
public final class TimelineViewModel {

    /** What the timeline follows: a theme (by id) or a thread (by id). */
    public record Subject(Kind kind, String id, String label) {
        public enum Kind { THEME, THREAD }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final Messages messages;
    private final ObservableList<Subject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<Subject> subject = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(Timeline.EMPTY);
    private Optional<CaseSnapshot> snapshot = Optional.empty();

    public TimelineViewModel(CaseEdits edits, AnnotationService annotations, Navigation navigation, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.messages = Objects.requireNonNull(messages, "messages");
        subject.addListener((obs, old, now) -> show());
        edits.version().addListener((obs, old, now) -> reload());
        reload();
    }

    /** Reads the case again, keeping the chosen theme or thread when it is still there. */
    public void reload() {
        snapshot = edits.handle().map(annotations::snapshot);
        Optional<Subject> kept = Optional.ofNullable(subject.get());
        subjects.setAll(snapshot.map(s -> Stream.concat(
                s.codebook().themes().stream().map(t -> new Subject(Subject.Kind.THEME, t.id(),
                        messages.format("timeline.subject.theme", t.name()))),
                s.threads().stream().map(t -> new Subject(Subject.Kind.THREAD, Long.toString(t.id()),
                        messages.format("timeline.subject.thread", t.title())))).toList()).orElse(List.of()));
        // Kept when still there; else the first thread, or the first theme that has items, so the tab opens on something.
        Subject next = kept.flatMap(k -> subjects.stream().filter(s -> s.kind() == k.kind() && s.id().equals(k.id()))
                .findFirst()).or(() -> snapshot.flatMap(s -> subjects.stream()
                        .sorted(java.util.Comparator.comparing(Subject::kind).reversed())
                        .filter(candidate -> !items(s, candidate).isEmpty()).findFirst()))
                .orElse(subjects.isEmpty() ? null : subjects.get(0));
        if (Objects.equals(next, subject.get())) {
            show();
        } else {
            subject.set(next);
        }
    }

    private void show() {
        Subject chosen = subject.get();
        timeline.set(chosen == null || snapshot.isEmpty() ? Timeline.EMPTY
                : Timeline.of(snapshot.get(), items(snapshot.get(), chosen), labels()));
    }

    private static Set<Long> items(CaseSnapshot s, Subject chosen) {
        if (chosen.kind() == Subject.Kind.THEME) {
            Set<Long> ids = new HashSet<>();
            s.itemThemes().stream().filter(t -> t.codeId().equals(chosen.id()) && t.state() == TagState.CONFIRMED)
                    .forEach(t -> ids.add(t.itemId()));
            return ids;
        }
        return s.threads().stream().filter(t -> Long.toString(t.id()).equals(chosen.id())).findFirst()
                .map(t -> Set.copyOf(t.itemIds())).orElse(Set.of());
    }

    private Timeline.Labels labels() {
        return new Timeline.Labels() {
            @Override
            public String meeting(Meeting meeting) {
                return meeting.date().map(d -> messages.format("timeline.meeting", meeting.name(), DATE.format(d)))
                        .orElse(meeting.name());
            }

            @Override
            public String letter(Letter letter) {
                return letter.date().map(d -> messages.format("timeline.meeting", letter.title(), DATE.format(d)))
                        .orElse(letter.title());
            }
        };
    }

    public ObservableList<Subject> subjects() {
        return subjects;
    }

    public ObjectProperty<Subject> subject() {
        return subject;
    }

    public ReadOnlyObjectProperty<Timeline> timeline() {
        return timeline.getReadOnlyProperty();
    }

    /** Shows the item on the items screen. */
    public void open(long itemId) {
        navigation.showItem(itemId);
    }

    /** "3 items at 2 meetings", or why the timeline is empty. */
    public String summary() {
        int items = timeline.get().columns().stream().mapToInt(c -> c.entries().size()).sum();
        return items == 0 ? messages.get("timeline.empty")
                : messages.format("timeline.summary", items, timeline.get().columns().size());
    }
}
