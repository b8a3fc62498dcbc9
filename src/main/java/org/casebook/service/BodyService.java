package org.casebook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.storage.Repositories;

/**
 * Bodies and meetings as the member keeps them: add, rename, re-date, merge duplicates, and say which body and meeting
 * a letter belongs to. Each method is one transaction. Merges return what they moved, so that the exact state before
 * can be put back ({@link #unmerge(CaseHandle, BodyMerge)}). Refusals are {@link IllegalArgumentException}s worded
 * for the member; screens check the usual ones first, in the member's language.
 */
public final class BodyService {

    /** Where a letter belongs: a body, and a meeting of that body; both optional, a meeting only with its body. */
    public record Place(Optional<Long> bodyId, Optional<Long> meetingId) {
        public static final Place NONE = new Place(Optional.empty(), Optional.empty());

        public Place {
            Objects.requireNonNull(bodyId, "bodyId");
            Objects.requireNonNull(meetingId, "meetingId");
            if (meetingId.isPresent() && bodyId.isEmpty()) {
                throw new IllegalArgumentException("A meeting belongs to a body: choose the body too.");
            }
        }

        public static Place of(Letter letter) {
            return new Place(letter.bodyId(), letter.meetingId());
        }
    }

    /** A letter and where it was before a change. */
    public record LetterPlace(long letterId, Place place) {
    }

    /** What merging one body into another moved: the body removed, its meetings and its letters. */
    public record BodyMerge(Body from, long intoId, List<Long> meetingIds, List<Long> letterIds) {
        public BodyMerge {
            meetingIds = List.copyOf(meetingIds);
            letterIds = List.copyOf(letterIds);
        }
    }

    /** What merging one meeting into another moved: the meeting removed and its letters. */
    public record MeetingMerge(Meeting from, long intoId, List<Long> letterIds) {
        public MeetingMerge {
            letterIds = List.copyOf(letterIds);
        }
    }

    /** Bodies, meetings and letters, read together. */
    public record Directory(List<Body> bodies, List<Meeting> meetings, List<Letter> letters) {
        public Directory {
            bodies = List.copyOf(bodies);
            meetings = List.copyOf(meetings);
            letters = List.copyOf(letters);
        }
    }

    public Directory directory(CaseHandle handle) {
        return handle.read(r -> new Directory(r.bodies().bodies(), r.bodies().meetings(), r.letters().all()));
    }

    /** Adds a body, or puts back one that an undo removed (same id, so later steps that name it still work). */
    public Body addBody(CaseHandle handle, String name) {
        return handle.write(r -> {
            String clean = requireName(name, "A body needs a name.");
            requireNewBodyName(r, clean, Optional.empty());
            return r.bodies().addBody(clean);
        });
    }

    public void restoreBody(CaseHandle handle, Body body) {
        handle.update(r -> r.bodies().restoreBody(body));
    }

    /** Removes a body nothing belongs to: how adding one is undone. */
    public void removeBody(CaseHandle handle, long bodyId) {
        handle.update(r -> {
            if (r.letters().all().stream().anyMatch(l -> l.bodyId().equals(Optional.of(bodyId)))
                    || r.bodies().meetings().stream().anyMatch(m -> m.bodyId() == bodyId)
                    || r.foi().requests().stream().anyMatch(q -> q.bodyId() == bodyId)) {
                throw new IllegalArgumentException("Letters, meetings or FOI requests still belong to this body.");
            }
            r.bodies().deleteBody(bodyId);
        });
    }

    /** Renames a body and returns the name it had. */
    public String renameBody(CaseHandle handle, long bodyId, String name) {
        return handle.write(r -> {
            String clean = requireName(name, "A body needs a name.");
            Body body = r.bodies().body(bodyId).orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            requireNewBodyName(r, clean, Optional.of(bodyId));
            r.bodies().renameBody(bodyId, clean);
            return body.name();
        });
    }

    /** Moves every meeting and letter of one body to another and removes the first. */
    public BodyMerge mergeBodies(CaseHandle handle, long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("A body cannot be merged into itself.");
        }
        return handle.write(r -> {
            Body from = r.bodies().body(fromId).orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            r.bodies().body(intoId).orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            if (r.foi().requests().stream().anyMatch(q -> q.bodyId() == fromId)) {
                throw new IllegalArgumentException("\"" + from.name() + "\" has FOI requests, which keep their body; "
                        + "merge the other body into it instead.");
            }
            List<Meeting> meetings = r.bodies().meetings().stream().filter(m -> m.bodyId() == fromId).toList();
            List<Letter> letters = r.letters().all().stream().filter(l -> l.bodyId().equals(Optional.of(fromId))).toList();
            meetings.forEach(m -> r.bodies().updateMeeting(new Meeting(m.id(), intoId, m.name(), m.date())));
            letters.forEach(l -> r.bodies().placeLetter(l.id(), Optional.of(intoId), l.meetingId()));
            r.bodies().deleteBody(fromId);
            return new BodyMerge(from, intoId, meetings.stream().map(Meeting::id).toList(),
                    letters.stream().map(Letter::id).toList());
        });
    }

    /** Takes a body merge back: the body returns with its own meetings and letters. */
    public void unmerge(CaseHandle handle, BodyMerge merge) {
        handle.update(r -> {
            r.bodies().restoreBody(merge.from());
            for (long meetingId : merge.meetingIds()) {
                Meeting m = r.bodies().meeting(meetingId).orElseThrow();
                r.bodies().updateMeeting(new Meeting(m.id(), merge.from().id(), m.name(), m.date()));
            }
            for (long letterId : merge.letterIds()) {
                Letter l = r.letters().byId(letterId).orElseThrow();
                r.bodies().placeLetter(letterId, Optional.of(merge.from().id()), l.meetingId());
            }
        });
    }

    /** Adds a meeting to a body; a meeting of that name on that day is refused as a duplicate. */
    public Meeting addMeeting(CaseHandle handle, long bodyId, String name, Optional<LocalDate> date) {
        return handle.write(r -> {
            String clean = requireName(name, "A meeting needs a name.");
            Meeting meeting = new Meeting(0, bodyId, clean, date);
            requireNewMeeting(r, meeting);
            return r.bodies().addMeeting(meeting);
        });
    }

    public void restoreMeeting(CaseHandle handle, Meeting meeting) {
        handle.update(r -> r.bodies().restoreMeeting(meeting));
    }

    /** Removes a meeting no letter belongs to: how adding one is undone. */
    public void removeMeeting(CaseHandle handle, long meetingId) {
        handle.update(r -> {
            if (r.letters().all().stream().anyMatch(l -> l.meetingId().equals(Optional.of(meetingId)))) {
                throw new IllegalArgumentException("Letters still belong to this meeting.");
            }
            r.bodies().deleteMeeting(meetingId);
        });
    }

    /** Renames or re-dates a meeting (it stays with its body) and returns it as it was. */
    public Meeting updateMeeting(CaseHandle handle, long meetingId, String name, Optional<LocalDate> date) {
        return handle.write(r -> {
            String clean = requireName(name, "A meeting needs a name.");
            Meeting old = r.bodies().meeting(meetingId).orElseThrow(() -> new IllegalArgumentException("That meeting is gone."));
            Meeting now = new Meeting(meetingId, old.bodyId(), clean, date);
            requireNewMeeting(r, now);
            r.bodies().updateMeeting(now);
            return old;
        });
    }

    /** Puts a meeting back as it was (an undone rename or re-date). */
    public void putBack(CaseHandle handle, Meeting meeting) {
        handle.update(r -> r.bodies().updateMeeting(meeting));
    }

    /** Moves the letters of one meeting to another of the same body and removes the first. */
    public MeetingMerge mergeMeetings(CaseHandle handle, long fromId, long intoId) {
        if (fromId == intoId) {
            throw new IllegalArgumentException("A meeting cannot be merged into itself.");
        }
        return handle.write(r -> {
            Meeting from = r.bodies().meeting(fromId).orElseThrow(() -> new IllegalArgumentException("That meeting is gone."));
            Meeting into = r.bodies().meeting(intoId).orElseThrow(() -> new IllegalArgumentException("That meeting is gone."));
            if (from.bodyId() != into.bodyId()) {
                throw new IllegalArgumentException("Only meetings of the same body can be merged.");
            }
            List<Letter> letters = r.letters().all().stream().filter(l -> l.meetingId().equals(Optional.of(fromId))).toList();
            letters.forEach(l -> r.bodies().placeLetter(l.id(), l.bodyId(), Optional.of(intoId)));
            r.bodies().deleteMeeting(fromId);
            return new MeetingMerge(from, intoId, letters.stream().map(Letter::id).toList());
        });
    }

    public void unmerge(CaseHandle handle, MeetingMerge merge) {
        handle.update(r -> {
            r.bodies().restoreMeeting(merge.from());
            for (long letterId : merge.letterIds()) {
                Letter l = r.letters().byId(letterId).orElseThrow();
                r.bodies().placeLetter(letterId, l.bodyId(), Optional.of(merge.from().id()));
            }
        });
    }

    /** Moves a letter to another body and meeting (or none) and returns where it was. */
    public LetterPlace moveLetter(CaseHandle handle, long letterId, Place to) {
        return handle.write(r -> {
            Letter letter = r.letters().byId(letterId).orElseThrow(() -> new IllegalArgumentException("That letter is gone."));
            to.meetingId().ifPresent(meetingId -> {
                Meeting meeting = r.bodies().meeting(meetingId)
                        .orElseThrow(() -> new IllegalArgumentException("That meeting is gone."));
                if (!to.bodyId().equals(Optional.of(meeting.bodyId()))) {
                    throw new IllegalArgumentException("That meeting belongs to another body.");
                }
            });
            r.bodies().placeLetter(letterId, to.bodyId(), to.meetingId());
            return new LetterPlace(letterId, Place.of(letter));
        });
    }

    private static String requireName(String name, String refusal) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(refusal);
        }
        return name.strip();
    }

    private static void requireNewBodyName(Repositories r, String name, Optional<Long> self) {
        r.bodies().bodies().stream()
                .filter(b -> b.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .filter(b -> self.map(id -> id != b.id()).orElse(true))
                .findFirst().ifPresent(b -> {
                    throw new IllegalArgumentException("There is already a body called \"" + b.name() + "\".");
                });
    }

    private static void requireNewMeeting(Repositories r, Meeting meeting) {
        boolean taken = r.bodies().meetings().stream().anyMatch(m -> m.id() != meeting.id()
                && m.bodyId() == meeting.bodyId() && m.date().equals(meeting.date())
                && m.name().equalsIgnoreCase(meeting.name()));
        if (taken) {
            throw new IllegalArgumentException("This body already has a meeting called \"" + meeting.name()
                    + "\" on that day.");
        }
    }
}
