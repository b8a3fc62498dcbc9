package org.casebook.domain.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Note;

/**
 * Everything of one letter that search finds: the letter, the names of its body and meeting, its items with their
 * confirmed themes and response types, the members' notes on them, its commitments and the FOI answers its items
 * hold. Read in one transaction, so the index is given one state of the letter.
 */
public record LetterContent(Letter letter, Optional<String> bodyName, Optional<String> meetingName,
                            Optional<LocalDate> meetingDate, List<Item> items, Map<Long, List<String>> themeIds,
                            Map<Long, List<String>> responseTypeIds, List<Note> notes, List<CommitmentText> commitments,
                            List<AnswerText> answers) {

    public LetterContent {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(meetingDate, "meetingDate");
        items = List.copyOf(items);
        themeIds = Map.copyOf(themeIds);
        responseTypeIds = Map.copyOf(responseTypeIds);
        notes = List.copyOf(notes);
        commitments = List.copyOf(commitments);
        answers = List.copyOf(answers);
    }

    /** A commitment as search sees it: its words, who is to keep it, and its status's key. */
    public record CommitmentText(long id, Optional<Long> itemId, String text, String owner, String status) {
        public CommitmentText {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A body's answer to one numbered question of a FOI campaign, whose words are the item {@code itemId}. */
    public record AnswerText(long itemId, String campaignTitle, int question, String questionText, String kind,
                             Optional<String> exemption) {
        public AnswerText {
            Objects.requireNonNull(campaignTitle, "campaignTitle");
            Objects.requireNonNull(questionText, "questionText");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(exemption, "exemption");
        }
    }
}
