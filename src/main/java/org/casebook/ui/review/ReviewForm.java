package org.casebook.ui.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.casebook.domain.Body;
import org.casebook.domain.Meeting;
import org.casebook.importing.model.LetterMetadata.MeetingMention;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.ui.common.Messages;

/**
 * The letter's details on the review screen: filled in from what the text says about itself, with the case's bodies
 * and meetings to choose from. A meeting is chosen by its label ("Trust Board, 26 May 2021"), which also sets its date.
 * The date properties hold {@code null} for "no date", as a DatePicker does; {@link #details()} turns that into Optional.
 */
public final class ReviewForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * How the date fields show and read dates: "26 May 2021" whatever the computer's locale (a US default would show
     * 5/26/2021); typed dates may also be 26/5/2021 or 26 May 2021.
     */
    public static final StringConverter<LocalDate> DATES = new LocalDateStringConverter(DAY,
            DateTimeFormatter.ofPattern("[d MMMM yyyy][d MMM yyyy][d/M/yyyy][d-M-yyyy][d.M.yyyy]", Locale.UK));

    /** A meeting the form offers: from the text, or one the case already has. */
    private record MeetingChoice(String name, Optional<LocalDate> date) {
    }

    private final List<Body> bodies;
    private final List<Meeting> meetings;
    private final List<MeetingMention> mentions;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty meeting = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final ObservableList<String> bodyChoices = FXCollections.observableArrayList();
    private final ObservableList<String> meetingChoices = FXCollections.observableArrayList();
    private final Map<String, MeetingChoice> meetingsByLabel = new LinkedHashMap<>();
    private final ObjectBinding<Optional<String>> problem;
    private boolean touched;

    ReviewForm(ImportDraft draft, List<Body> bodies, List<Meeting> meetings, Messages messages) {
        this.bodies = List.copyOf(bodies);
        this.meetings = List.copyOf(meetings);
        this.mentions = draft.metadata().meetings();
        LetterDetails suggested = draft.suggestedDetails();
        title.set(suggested.title());
        date.set(suggested.date().orElse(null));
        from.set(suggested.from());
        to.set(suggested.to());
        body.set(suggested.bodyName().orElse(""));
        bodyChoices.setAll(this.bodies.stream().map(Body::name).toList());
        refreshMeetingChoices();
        meeting.set(suggested.meetingName().map(name -> mentions.stream()
                .filter(m -> m.name().equals(name) && suggested.meetingDate().equals(Optional.of(m.date())))
                .findFirst().map(MeetingMention::label).orElse(name)).orElse(""));
        meetingDate.set(suggested.meetingDate().orElse(null));
        body.addListener((obs, old, now) -> refreshMeetingChoices());
        meeting.addListener((obs, old, now) -> Optional.ofNullable(meetingsByLabel.get(now))
                .flatMap(MeetingChoice::date).ifPresent(meetingDate::set));
        problem = Bindings.createObjectBinding(() -> {
            if (title.get().isBlank()) {
                return Optional.of(messages.get("review.problem.title"));
            }
            if (!meeting.get().isBlank() && body.get().isBlank()) {
                return Optional.of(messages.get("review.problem.body"));
            }
            return Optional.empty();
        }, title, meeting, body);
        ChangeListener<Object> touch = (obs, old, now) -> touched = true;
        List.<javafx.beans.value.ObservableValue<?>>of(title, date, from, to, body, meeting, meetingDate)
                .forEach(p -> p.addListener(touch));
    }

    /** The meetings named in the letter, then the chosen body's meetings in the case. */
    private void refreshMeetingChoices() {
        meetingsByLabel.clear();
        mentions.forEach(m -> meetingsByLabel.put(m.label(), new MeetingChoice(m.name(), Optional.of(m.date()))));
        Optional<Long> bodyId = bodies.stream().filter(b -> b.name().equalsIgnoreCase(body.get().strip()))
                .findFirst().map(Body::id);
        meetings.stream().filter(m -> bodyId.filter(id -> id == m.bodyId()).isPresent())
                .forEach(m -> meetingsByLabel.putIfAbsent(label(m), new MeetingChoice(m.name(), m.date())));
        meetingChoices.setAll(meetingsByLabel.keySet());
    }

    private static String label(Meeting meeting) {
        return meeting.date().map(d -> meeting.name() + ", " + DAY.format(d)).orElse(meeting.name());
    }

    /** What the member says about the letter; call only while {@link #problem()} is empty. */
    public LetterDetails details() {
        String meetingText = meeting.get().strip();
        Optional<MeetingChoice> chosen = Optional.ofNullable(meetingsByLabel.get(meetingText));
        Optional<String> meetingName = meetingText.isEmpty() ? Optional.empty()
                : Optional.of(chosen.map(MeetingChoice::name).orElse(meetingText));
        return new LetterDetails(title.get().replaceAll("\\s*\\R\\s*", " ").strip(), Optional.ofNullable(date.get()), from.get().strip(),
                to.get().strip(), optional(body.get()), meetingName,
                meetingName.isPresent() ? Optional.ofNullable(meetingDate.get()) : Optional.empty());
    }

    private static Optional<String> optional(String text) {
        return Optional.of(text.strip()).filter(s -> !s.isEmpty());
    }

    /** Why the letter cannot be stored yet, in words for the member; empty when it can. */
    public ObjectBinding<Optional<String>> problem() {
        return problem;
    }

    boolean touched() {
        return touched;
    }

    public StringProperty title() {
        return title;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty from() {
        return from;
    }

    public StringProperty to() {
        return to;
    }

    public StringProperty body() {
        return body;
    }

    public StringProperty meeting() {
        return meeting;
    }

    public ObjectProperty<LocalDate> meetingDate() {
        return meetingDate;
    }

    public ObservableList<String> bodyChoices() {
        return FXCollections.unmodifiableObservableList(bodyChoices);
    }

    public ObservableList<String> meetingChoices() {
        return FXCollections.unmodifiableObservableList(meetingChoices);
    }
}
