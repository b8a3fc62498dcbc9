package org.casebook.ui.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.Body;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.report.model.PackScope;
import org.casebook.service.BodyService.Directory;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.Messages;

/** What a pack holds: one meeting or all, and the letters, themes, stances and threads ticked (none ticked: any). */
public final class ScopeChoices {

    private final Messages messages;
    private final ObservableList<Choice<Optional<Long>>> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Optional<Long>>> meeting = new SimpleObjectProperty<>();
    private final ChoiceList<Long> letters = new ChoiceList<>();
    private final ChoiceList<String> themes = new ChoiceList<>();
    private final ChoiceList<Stance> stances = new ChoiceList<>();
    private final ChoiceList<Long> threads = new ChoiceList<>();
    private Map<Long, Meeting> meetingsById = Map.of();

    ScopeChoices(Messages messages) {
        this.messages = messages;
        meetings.add(allMeetings());
        meeting.set(meetings.get(0));
        stances.replace(List.of(stance(Stance.DISPUTE), stance(Stance.PARTLY_AGREE), stance(Stance.UNANSWERED),
                stance(Stance.AGREE), stance(Stance.UNDECIDED)));
    }

    /** Reads the choices again from the case, keeping what is still there chosen. */
    void reload(Directory directory, List<Theme> codebookThemes, List<ConcernThread> caseThreads) {
        Optional<Long> kept = meeting.get().value();
        List<Choice<Optional<Long>>> meetingChoices = new ArrayList<>();
        meetingChoices.add(allMeetings());
        Map<Long, String> bodies = directory.bodies().stream().collect(Collectors.toMap(Body::id, Body::name));
        meetingsById = directory.meetings().stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        directory.meetings().stream()
                .sorted(Comparator.comparing((Meeting m) -> m.date().orElse(java.time.LocalDate.MAX)).reversed())
                .forEach(m -> meetingChoices.add(new Choice<>(Optional.of(m.id()), meetingLabel(m, bodies))));
        meetings.setAll(meetingChoices);
        meeting.set(meetingChoices.stream().filter(c -> c.value().equals(kept)).findFirst().orElse(meetingChoices.get(0)));
        letters.replace(directory.letters().stream().map(this::letter).toList());
        Map<String, Theme> byId = codebookThemes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        themes.replace(codebookThemes.stream().map(t -> new Choice<>(t.id(), themeLabel(t, byId))).toList());
        threads.replace(caseThreads.stream().map(t -> new Choice<>(t.id(), t.title())).toList());
    }

    public ObservableList<Choice<Optional<Long>>> meetings() {
        return meetings;
    }

    /** The meeting chosen; the first choice stands for all meetings. */
    public ObjectProperty<Choice<Optional<Long>>> meeting() {
        return meeting;
    }

    /** The meeting chosen, or empty for all meetings. */
    Optional<Meeting> chosenMeeting() {
        return Optional.ofNullable(meeting.get()).flatMap(Choice::value).map(meetingsById::get);
    }

    public ChoiceList<Long> letters() {
        return letters;
    }

    public ChoiceList<String> themes() {
        return themes;
    }

    public ChoiceList<Stance> stances() {
        return stances;
    }

    public ChoiceList<Long> threads() {
        return threads;
    }

    /** The scope the choices describe. */
    public PackScope scope() {
        PackScope scope = PackScope.everything().withLetters(letters.chosen()).withThemes(themes.chosen())
                .withStances(stances.chosen()).withThreads(threads.chosen());
        return Optional.ofNullable(meeting.get()).flatMap(Choice::value).map(scope::withMeeting).orElse(scope);
    }

    private Choice<Optional<Long>> allMeetings() {
        return new Choice<>(Optional.empty(), messages.get("pack.scope.allMeetings"));
    }

    private String meetingLabel(Meeting m, Map<Long, String> bodies) {
        String body = bodies.getOrDefault(m.bodyId(), "");
        return m.date().map(d -> messages.format("pack.scope.meeting.dated", body, m.name(), CommitmentText.DATES.toString(d)))
                .orElseGet(() -> messages.format("pack.scope.meeting.undated", body, m.name()));
    }

    private Choice<Long> letter(Letter letter) {
        return new Choice<>(letter.id(), letter.date()
                .map(d -> messages.format("pack.scope.letter.dated", letter.title(), CommitmentText.DATES.toString(d)))
                .orElse(letter.title()));
    }

    /** A sub-theme shows its parent, so "Pay" under two parents can be told apart. */
    private static String themeLabel(Theme theme, Map<String, Theme> byId) {
        return theme.parentId().map(byId::get).map(parent -> parent.name() + " › " + theme.name()).orElse(theme.name());
    }

    private Choice<Stance> stance(Stance value) {
        String label = switch (value) {
            case AGREE -> messages.get("stance.agree");
            case PARTLY_AGREE -> messages.get("stance.partlyAgree");
            case DISPUTE -> messages.get("stance.dispute");
            case UNANSWERED -> messages.get("stance.unanswered");
            case UNDECIDED -> messages.get("stance.undecided");
        };
        return new Choice<>(value, label);
    }
}
