package org.casebook.ui.bodies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casebook.domain.Body;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.service.BodyService;
import org.casebook.service.BodyService.Directory;
import org.casebook.service.BodyService.Place;
import org.casebook.ui.commitments.CommitmentText;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/**
 * Bodies and their meetings as things of their own: list them with their letters, add, rename, re-date and merge
 * duplicates, and move a letter to another body or meeting. Each action is one undoable edit; merges are undone from
 * what they moved, so undo puts back exactly what was there.
 */
public final class BodiesViewModel {

    /** A body with how much belongs to it; no body stands for the letters that have none. */
    public record BodyRow(Optional<Body> body, String name, int letters, int meetings) {
    }

    public record MeetingRow(Meeting meeting, String name, String date, int letters) {
    }

    public record LetterRow(Letter letter, String meeting) {
    }

    private final CaseEdits edits;
    private final BodyService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<BodyRow> bodies = FXCollections.observableArrayList();
    private final ObservableList<MeetingRow> meetings = FXCollections.observableArrayList();
    private final ObservableList<LetterRow> letters = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<BodyRow>> selectedBody = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<MeetingRow>> selectedMeeting = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<LetterRow>> selectedLetter = new SimpleObjectProperty<>(Optional.empty());
    private Directory directory = new Directory(List.of(), List.of(), List.of());

    public BodiesViewModel(CaseEdits edits, BodyService service, DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.service = Objects.requireNonNull(service, "service");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        edits.version().addListener((obs, old, now) -> reload());
        selectedBody.addListener((obs, old, now) -> showBody());
        reload();
    }

    /** Reads the bodies again, keeping the chosen body when it is still there. */
    public void reload() {
        directory = edits.handle().map(service::directory).orElse(new Directory(List.of(), List.of(), List.of()));
        Optional<Optional<Long>> kept = selectedBody.get().map(BodyRow::body).map(b -> b.map(Body::id));
        List<BodyRow> rows = new ArrayList<>();
        for (Body body : directory.bodies()) {
            rows.add(new BodyRow(Optional.of(body), body.name(), lettersOf(Optional.of(body.id())).size(),
                    (int) directory.meetings().stream().filter(m -> m.bodyId() == body.id()).count()));
        }
        int loose = lettersOf(Optional.empty()).size();
        if (loose > 0) {
            rows.add(new BodyRow(Optional.empty(), messages.get("bodies.noBody"), loose, 0));
        }
        bodies.setAll(rows);
        selectedBody.set(kept.flatMap(id -> rows.stream().filter(r -> r.body().map(Body::id).equals(id)).findFirst())
                .or(() -> rows.stream().findFirst()));
        showBody();
    }

    private void showBody() {
        Optional<Long> bodyId = selectedBody.get().flatMap(BodyRow::body).map(Body::id);
        meetings.setAll(bodyId.map(id -> directory.meetings().stream().filter(m -> m.bodyId() == id)
                .map(m -> new MeetingRow(m, m.name(), m.date().map(CommitmentText.DATES::toString).orElse(""),
                        (int) directory.letters().stream().filter(l -> l.meetingId().equals(Optional.of(m.id()))).count()))
                .toList()).orElse(List.of()));
        letters.setAll(selectedBody.get().isEmpty() ? List.of() : lettersOf(bodyId).stream()
                .map(l -> new LetterRow(l, l.meetingId().flatMap(this::meeting).map(this::meetingLabel).orElse("")))
                .toList());
        selectedMeeting.set(Optional.empty());
        selectedLetter.set(Optional.empty());
    }

    private List<Letter> lettersOf(Optional<Long> bodyId) {
        return directory.letters().stream().filter(l -> l.bodyId().equals(bodyId)).toList();
    }

    public ObservableList<BodyRow> bodies() {
        return bodies;
    }

    public ObservableList<MeetingRow> meetings() {
        return meetings;
    }

    public ObservableList<LetterRow> letters() {
        return letters;
    }

    public ObjectProperty<Optional<BodyRow>> selectedBody() {
        return selectedBody;
    }

    public ObjectProperty<Optional<MeetingRow>> selectedMeeting() {
        return selectedMeeting;
    }

    public ObjectProperty<Optional<LetterRow>> selectedLetter() {
        return selectedLetter;
    }

    /** A real body is chosen (not the letters with none): rename, merge and add meeting need one. */
    public BooleanBinding hasBody() {
        return Bindings.createBooleanBinding(() -> selectedBody.get().flatMap(BodyRow::body).isPresent(), selectedBody);
    }

    public BooleanBinding hasMeeting() {
        return Bindings.createBooleanBinding(() -> selectedMeeting.get().isPresent(), selectedMeeting);
    }

    public BooleanBinding hasLetter() {
        return Bindings.createBooleanBinding(() -> selectedLetter.get().isPresent(), selectedLetter);
    }

    public void addBody() {
        dialogs.askText(messages.get("bodies.add.title"), messages.get("bodies.name.prompt"), "")
                .flatMap(this::nameOrRefuse)
                .ifPresent(name -> otherBodyNamed(name, Optional.empty()).ifPresentOrElse(
                        other -> refuse(messages.format("bodies.duplicate", other.name())),
                        () -> addBody(name)));
    }

    private void addBody(String name) {
        Body[] made = new Body[1];
        edits.perform(messages.format("bodies.edit.add", name),
                db -> {
                    if (made[0] == null) {
                        made[0] = service.addBody(db, name);
                    } else {
                        service.restoreBody(db, made[0]);
                    }
                },
                db -> service.removeBody(db, made[0].id()));
    }

    /** Renames the chosen body; a name another body has is offered as a merge into that body. */
    public void renameBody() {
        selectedBody.get().flatMap(BodyRow::body).ifPresent(body -> dialogs.askText(messages.get("bodies.rename.title"),
                        messages.get("bodies.name.prompt"), body.name())
                .flatMap(this::nameOrRefuse)
                .ifPresent(name -> otherBodyNamed(name, Optional.of(body.id())).ifPresentOrElse(
                        other -> offerMerge(body, other),
                        () -> edits.perform(messages.format("bodies.edit.rename", body.name(), name),
                                db -> service.renameBody(db, body.id(), name),
                                db -> service.renameBody(db, body.id(), body.name())))));
    }

    private void offerMerge(Body body, Body other) {
        if (dialogs.confirm(messages.get("bodies.merge.title"), messages.format("bodies.duplicate.merge", other.name(),
                body.name()), messages.get("bodies.merge.confirm"))) {
            merge(body, other);
        }
    }

    /** Merges the chosen body into another: its meetings and letters move there, and it goes. */
    public void mergeBody() {
        selectedBody.get().flatMap(BodyRow::body).ifPresent(body -> {
            List<Body> others = directory.bodies().stream().filter(b -> b.id() != body.id()).toList();
            if (others.isEmpty()) {
                refuse(messages.get("bodies.merge.none"));
                return;
            }
            dialogs.chooseFromList(messages.get("bodies.merge.title"), messages.format("bodies.merge.message", body.name()),
                    others, Body::name).ifPresent(into -> merge(body, into));
        });
    }

    private void merge(Body from, Body into) {
        BodyService.BodyMerge[] done = new BodyService.BodyMerge[1];
        edits.perform(messages.format("bodies.edit.merge", from.name(), into.name()),
                db -> done[0] = service.mergeBodies(db, from.id(), into.id()),
                db -> service.unmerge(db, done[0]));
    }

    public void addMeeting() {
        selectedBody.get().flatMap(BodyRow::body).ifPresent(body -> askMeeting(messages.get("bodies.meeting.add.title"),
                "", Optional.empty()).ifPresent(m -> {
                    Meeting[] made = new Meeting[1];
                    edits.perform(messages.format("bodies.edit.addMeeting", m.name(), body.name()),
                            db -> {
                                if (made[0] == null) {
                                    made[0] = service.addMeeting(db, body.id(), m.name(), m.date());
                                } else {
                                    service.restoreMeeting(db, made[0]);
                                }
                            },
                            db -> service.removeMeeting(db, made[0].id()));
                }));
    }

    /** Renames or re-dates the chosen meeting. */
    public void editMeeting() {
        selectedMeeting.get().map(MeetingRow::meeting).ifPresent(old -> askMeeting(
                messages.get("bodies.meeting.edit.title"), old.name(), old.date()).ifPresent(m ->
                edits.perform(messages.format("bodies.edit.meeting", old.name()),
                        db -> service.updateMeeting(db, old.id(), m.name(), m.date()),
                        db -> service.putBack(db, old))));
    }

    public void mergeMeeting() {
        selectedMeeting.get().map(MeetingRow::meeting).ifPresent(from -> {
            List<Meeting> others = directory.meetings().stream()
                    .filter(m -> m.bodyId() == from.bodyId() && m.id() != from.id()).toList();
            if (others.isEmpty()) {
                refuse(messages.get("bodies.meeting.merge.none"));
                return;
            }
            dialogs.chooseFromList(messages.get("bodies.meeting.merge.title"),
                    messages.format("bodies.meeting.merge.message", meetingLabel(from)), others, this::meetingLabel)
                    .ifPresent(into -> {
                        BodyService.MeetingMerge[] done = new BodyService.MeetingMerge[1];
                        edits.perform(messages.format("bodies.edit.mergeMeeting", meetingLabel(from), meetingLabel(into)),
                                db -> done[0] = service.mergeMeetings(db, from.id(), into.id()),
                                db -> service.unmerge(db, done[0]));
                    });
        });
    }

    /** Moves the chosen letter to another body, or to a meeting of a body, or to no body at all. */
    public void moveLetter() {
        selectedLetter.get().map(LetterRow::letter).ifPresent(letter -> {
            List<Place> places = new ArrayList<>();
            places.add(Place.NONE);
            for (Body body : directory.bodies()) {
                places.add(new Place(Optional.of(body.id()), Optional.empty()));
                directory.meetings().stream().filter(m -> m.bodyId() == body.id())
                        .forEach(m -> places.add(new Place(Optional.of(body.id()), Optional.of(m.id()))));
            }
            places.remove(Place.of(letter));
            Place was = Place.of(letter);
            dialogs.chooseFromList(messages.get("bodies.letter.move.title"),
                    messages.format("bodies.letter.move.message", letter.title()), places, this::placeLabel)
                    .ifPresent(to -> edits.perform(messages.format("bodies.edit.moveLetter", letter.title()),
                            db -> service.moveLetter(db, letter.id(), to),
                            db -> service.moveLetter(db, letter.id(), was)));
        });
    }

    public String placeLabel(Place place) {
        Optional<String> body = place.bodyId().flatMap(id -> directory.bodies().stream().filter(b -> b.id() == id)
                .findFirst()).map(Body::name);
        Optional<String> meeting = place.meetingId().flatMap(this::meeting).map(this::meetingLabel);
        return body.map(b -> meeting.map(m -> messages.format("bodies.place.meeting", b, m)).orElse(b))
                .orElse(messages.get("bodies.noBody"));
    }

    private Optional<Meeting> meeting(long id) {
        return directory.meetings().stream().filter(m -> m.id() == id).findFirst();
    }

    private String meetingLabel(Meeting meeting) {
        return meeting.date().map(d -> messages.format("bodies.meeting.label", meeting.name(),
                CommitmentText.DATES.toString(d))).orElse(meeting.name());
    }

    /** A meeting's name and date as the member typed them; a date Casebook cannot read is explained. */
    private Optional<Meeting> askMeeting(String title, String name, Optional<LocalDate> date) {
        Optional<String> newName = dialogs.askText(title, messages.get("bodies.meeting.name.prompt"), name)
                .flatMap(this::nameOrRefuse);
        if (newName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> typed = dialogs.askText(title, messages.get("bodies.meeting.date.prompt"),
                date.map(CommitmentText.DATES::toString).orElse(""));
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> newDate = Optional.ofNullable(CommitmentText.DATES.fromString(typed.get()));
        if (!typed.get().isBlank() && newDate.isEmpty()) {
            refuse(messages.format("bodies.meeting.date.unreadable", typed.get().strip()));
            return Optional.empty();
        }
        return Optional.of(new Meeting(0, 0, newName.get(), newDate));
    }

    private Optional<String> nameOrRefuse(String typed) {
        if (typed.isBlank()) {
            refuse(messages.get("bodies.name.blank"));
            return Optional.empty();
        }
        return Optional.of(typed.strip());
    }

    private Optional<Body> otherBodyNamed(String name, Optional<Long> self) {
        return directory.bodies().stream().filter(b -> self.map(id -> id != b.id()).orElse(true))
                .filter(b -> b.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    private void refuse(String why) {
        dialogs.showError(messages.get("bodies.refused.title"), why);
    }
}
