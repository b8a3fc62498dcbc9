package org.casebook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.domain.TagState;
import org.casebook.service.LetterImportService.StoredLetter;

/**
 * The work a member of the fictional Forum has done on the sample letter: themes on most items, response types on
 * some, a stance with reasons on about half, a few notes, and the commitments worth tracking, one already kept,
 * one broken and one overdue. Item 2 is deliberately left alone, so a newcomer (and a GUI test) has an item to try.
 * Everything goes through {@link AnnotationService}, one action at a time, as the screens do it.
 */
final class SampleAnnotations {

    /** The Forum chased its answers in the weeks after the letter; the evidence for status changes is dated then. */
    static final LocalDate FIRST_MEETING = LocalDate.of(2026, 10, 29);
    static final LocalDate CHASED = LocalDate.of(2026, 11, 6);

    private final AnnotationService annotations;
    private final CaseHandle handle;
    private final long letterId;
    private final Map<String, Item> byPath;

    SampleAnnotations(AnnotationService annotations, CaseHandle handle, StoredLetter letter) {
        this.annotations = annotations;
        this.handle = handle;
        this.letterId = letter.letter().id();
        this.byPath = letter.items().stream().collect(Collectors.toMap(Item::path, Function.identity()));
    }

    void apply() {
        themes();
        responseTypes();
        stances();
        notes();
        commitments();
    }

    private void themes() {
        theme("1", "pay-disparity");
        theme("3/a", "exclusion-from-decisions");
        theme("3/b", "exclusion-from-decisions", "peer-roles");
        theme("4", "career-pathway", "peer-roles");
        theme("5", "wellbeing-harm");
        theme("6", "wellbeing-harm", "undermining");
        theme("8", "accountability", "exclusion-from-decisions");
    }

    private void responseTypes() {
        responseType("1", "acknowledgement", "commitment");
        responseType("3/a", "explanation", "acknowledgement");
        responseType("3/b", "deflection", "commitment");
        responseType("4", "acknowledgement", "commitment");
        responseType("6", "non-apology");
        responseType("7", "rebuttal");
        responseType("8", "commitment");
    }

    private void stances() {
        stance("1", Stance.PARTLY_AGREE, "They accept that £20 in vouchers no longer fits the work, but a review by "
                + "March 2027 keeps the old rate for another six months of training days. We asked for the new rate "
                + "from now, with back pay for this year's sessions.");
        stance("3/a", Stance.AGREE, "A plain acknowledgement, and two seats on the steering group is what we asked for.");
        stance("4", Stance.AGREE, "A framework up to band 8a, written with us, is the pathway we have been asking for. "
                + "The date matters: we will hold them to June 2027.");
        stance("6", Stance.DISPUTE, "\"Sorry that some colleagues feel this way\" is not an apology. Two practitioners "
                + "were asked two days before the inspection visit, by their own manager; saying no did not feel "
                + "voluntary.");
        stance("7", Stance.DISPUTE, "Three of the last four adverts asked for a degree or \"equivalent experience\" "
                + "that was not lived experience. Shortlisting everyone who meets the criteria misses the point: "
                + "the criteria are the problem.");
        stance("9", Stance.UNANSWERED, "They promise figures but say nothing about what they will do about the stress "
                + "and sickness we described. Ask again at the next Board.");
    }

    private void notes() {
        note("1", "Ask the Director of People whether the review will cover back pay for sessions since April 2026.");
        note("3/b", "The peer support specification went to the integrated care board on 2 September; nobody from the "
                + "Forum saw a draft.");
        note("6", "Two members are willing to give written accounts for the next Board. Ask them before naming anyone.");
        note("8", "First quarterly meeting held on 29 October 2026. The next one is due in January.");
    }

    private void commitments() {
        commitment("1", "We will review all session rates against those paid to other professionals by March 2027.",
                "Director of People", Optional.of(LocalDate.of(2027, 3, 31)));
        Commitment drafts = commitment("3/b", "The Director of Strategy will share drafts of any service specification "
                + "that affects lived experience roles with the Forum before it is agreed.", "Director of Strategy",
                Optional.empty());
        changeStatus(drafts, List.of(
                new StatusChange(FIRST_MEETING, CommitmentStatus.UNCLEAR,
                        "At the first quarterly meeting the Director of People said drafts would be shared \"where the "
                                + "timetable allows\"."),
                new StatusChange(CHASED, CommitmentStatus.BROKEN,
                        "The crisis line specification was agreed on 4 November 2026; the Forum saw no draft.")));
        commitment("4", "A lived experience career framework from band 3 to band 8a, drafted with the Forum, will be "
                + "published by June 2027.", "Chief Nurse", Optional.of(LocalDate.of(2027, 6, 30)));
        Commitment meetings = commitment("8", "The Director of People will meet the Forum every quarter, starting "
                + "before the end of October 2026.", "Director of People", Optional.of(LocalDate.of(2026, 10, 31)));
        changeStatus(meetings, List.of(new StatusChange(FIRST_MEETING, CommitmentStatus.KEPT,
                "First meeting held on 29 October 2026; notes sent to the Forum the next day.")));
        commitment("9", "We will send the Forum the staff survey results for lived experience roles by 30 October 2026.",
                "Director of People", Optional.of(LocalDate.of(2026, 10, 30)));
    }

    private void theme(String path, String... themeIds) {
        for (String themeId : themeIds) {
            annotations.setTheme(handle, id(path), themeId, Optional.of(TagState.CONFIRMED));
        }
    }

    private void responseType(String path, String... typeIds) {
        for (String typeId : typeIds) {
            annotations.setResponseType(handle, id(path), typeId, Optional.of(TagState.CONFIRMED));
        }
    }

    private void stance(String path, Stance stance, String rationale) {
        annotations.setStance(handle, id(path), stance, rationale);
    }

    private void note(String path, String text) {
        annotations.addNote(handle, id(path), text);
    }

    private Commitment commitment(String path, String text, String owner, Optional<LocalDate> due) {
        return annotations.addCommitment(handle, new Commitment(0, letterId, CommitmentSource.ITEM,
                Optional.of(id(path)), text, owner, due, CommitmentStatus.OPEN, List.of()));
    }

    /** As the register does it: one edit per change, each appended to the history and setting the status. */
    private void changeStatus(Commitment commitment, List<StatusChange> changes) {
        for (int i = 1; i <= changes.size(); i++) {
            annotations.replaceCommitment(handle, new Commitment(commitment.id(), commitment.letterId(),
                    commitment.source(), commitment.itemId(), commitment.text(), commitment.owner(), commitment.due(),
                    changes.get(i - 1).status(), changes.subList(0, i)));
        }
    }

    private long id(String path) {
        Item item = byPath.get(path);
        if (item == null) {
            throw new IllegalStateException("The sample letter has no item " + path + "; it split differently than expected.");
        }
        return item.id();
    }
}
