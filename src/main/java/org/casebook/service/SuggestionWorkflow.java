package org.casebook.service;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.casebook.analysis.LetterText;
import org.casebook.analysis.RuleSet;
import org.casebook.analysis.Suggestions;
import org.casebook.analysis.Suggestions.CodeSuggestion;
import org.casebook.analysis.Suggestions.CommitmentSuggestion;
import org.casebook.domain.Codebook;
import org.casebook.domain.CodebookPhrases;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.TagState;
import org.casebook.storage.Repositories;

/**
 * Suggestions from their finding to a member's answer. Suggesting reads a letter's items, runs the engine with the
 * case's phrases and stores what it found as suggested tags and suggested commitments, each with its evidence — never
 * applied, and never again for an item where a member already confirmed or rejected the same thing. Accepting or
 * rejecting keeps the evidence; reopening (what undo uses) makes an answered suggestion wait again.
 */
public final class SuggestionWorkflow {

    private final SuggestionEngine engine;

    public SuggestionWorkflow(SuggestionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Suggests again for one letter, as one transaction: the letter's unanswered suggestions are replaced by what the
     * engine finds now with the case's current phrases.
     */
    public Counts suggestForLetter(CaseHandle handle, long letterId) {
        return handle.write(r -> suggest(r, letterId));
    }

    /** {@link #suggestForLetter} inside a transaction the caller holds, such as the import's. */
    public Counts suggest(Repositories r, long letterId) {
        return store(r, letterId, find(r, letterId));
    }

    /** Runs the engine over a stored letter; stores nothing. */
    Suggestions find(Repositories r, long letterId) {
        CodebookPhrases phrases = r.codebook().phrases();
        return engine.suggest(letterText(r, letterId), new RuleSet(phrases.themes(), phrases.responseTypes()));
    }

    /** A stored letter as the engine reads it: its items (concern and response, by path), intro and closing. */
    static LetterText letterText(Repositories r, long letterId) {
        Letter letter = r.letters().byId(letterId)
                .orElseThrow(() -> new IllegalArgumentException("No letter with id " + letterId));
        List<LetterText.ItemText> items = r.items().ofLetter(letterId).stream()
                .map(i -> new LetterText.ItemText(i.id(), i.path(), i.concern(), i.response())).toList();
        return new LetterText(items, letter.intro(), letter.closing());
    }

    /** Replaces the letter's unanswered suggestions by {@code found}, leaving out anything a member answered before. */
    Counts store(Repositories r, long letterId, Suggestions found) {
        r.items().removeSuggestedTagsOfLetter(letterId);
        r.commitments().deleteSuggestedOfLetter(letterId);
        Set<Long> items = r.items().ofLetter(letterId).stream().map(Item::id).collect(Collectors.toSet());
        Codebook codebook = r.codebook().load();
        int themes = storeTags(found.themes(), items, id -> codebook.theme(id).isPresent(),
                r.items().themesOfLetter(letterId), r.items()::setTheme);
        int types = storeTags(found.responseTypes(), items, id -> codebook.responseType(id).isPresent(),
                r.items().responseTypesOfLetter(letterId), r.items()::setResponseType);
        Set<String> present = r.commitments().ofLetter(letterId).stream()
                .map(c -> sentenceKey(c.source(), c.itemId(), c.text())).collect(Collectors.toCollection(HashSet::new));
        int commitments = 0;
        for (CommitmentSuggestion s : found.commitments()) {
            boolean placed = s.source() == CommitmentSource.ITEM
                    ? s.itemId().filter(items::contains).isPresent() : s.itemId().isEmpty();
            if (placed && !s.sentence().isBlank() && present.add(sentenceKey(s.source(), s.itemId(), s.sentence()))) {
                r.commitments().add(new Commitment(0, letterId, s.source(), s.itemId(), s.sentence().strip(), "",
                        Optional.empty(), CommitmentStatus.SUGGESTED, List.of(), Optional.of(s.evidence())));
                commitments++;
            }
        }
        return new Counts(themes, types, commitments);
    }

    private static int storeTags(List<CodeSuggestion> found, Set<Long> items, Predicate<String> known,
                                 List<ItemTag> answered, Consumer<ItemTag> put) {
        Set<String> taken = answered.stream().map(t -> t.itemId() + " " + t.codeId()).collect(Collectors.toSet());
        int stored = 0;
        for (CodeSuggestion s : found) {
            if (items.contains(s.itemId()) && known.test(s.codeId()) && taken.add(s.itemId() + " " + s.codeId())) {
                put.accept(new ItemTag(s.itemId(), s.codeId(), TagState.SUGGESTED, Optional.of(s.evidence())));
                stored++;
            }
        }
        return stored;
    }

    /** The same sentence in the same place, whatever its spacing, case or closing full stop. */
    private static String sentenceKey(CommitmentSource source, Optional<Long> itemId, String text) {
        String words = text.strip().replaceAll("\\s+", " ").replaceAll("[.;:!]+$", "").toLowerCase(Locale.ROOT);
        return source + " " + itemId.map(String::valueOf).orElse("-") + " " + words;
    }

    /** The letter's suggestions still waiting for an answer: what undoing a re-run puts back. */
    public Pending pending(CaseHandle handle, long letterId) {
        return handle.read(r -> new Pending(
                waiting(r.items().themesOfLetter(letterId)), waiting(r.items().responseTypesOfLetter(letterId)),
                r.commitments().ofLetter(letterId).stream()
                        .filter(c -> c.status() == CommitmentStatus.SUGGESTED).toList()));
    }

    /** Makes the letter's waiting suggestions exactly {@code pending}, as one transaction. */
    public void restorePending(CaseHandle handle, long letterId, Pending pending) {
        handle.update(r -> {
            r.items().removeSuggestedTagsOfLetter(letterId);
            r.commitments().deleteSuggestedOfLetter(letterId);
            pending.themes().forEach(r.items()::setTheme);
            pending.responseTypes().forEach(r.items()::setResponseType);
            pending.commitments().forEach(r.commitments()::restore);
        });
    }

    private static List<ItemTag> waiting(List<ItemTag> tags) {
        return tags.stream().filter(t -> t.state() == TagState.SUGGESTED).toList();
    }

    public void acceptTheme(CaseHandle handle, long itemId, String themeId) {
        answerTheme(handle, itemId, themeId, TagState.CONFIRMED);
    }

    public void rejectTheme(CaseHandle handle, long itemId, String themeId) {
        answerTheme(handle, itemId, themeId, TagState.REJECTED);
    }

    /** Makes an accepted or rejected theme suggestion wait for an answer again: the inverse of accept and reject. */
    public void reopenTheme(CaseHandle handle, long itemId, String themeId) {
        handle.update(r -> r.items().setTheme(reopened(r.items().themeTag(itemId, themeId), "theme")));
    }

    public void acceptResponseType(CaseHandle handle, long itemId, String responseTypeId) {
        answerResponseType(handle, itemId, responseTypeId, TagState.CONFIRMED);
    }

    public void rejectResponseType(CaseHandle handle, long itemId, String responseTypeId) {
        answerResponseType(handle, itemId, responseTypeId, TagState.REJECTED);
    }

    /** Makes an answered response-type suggestion wait again. */
    public void reopenResponseType(CaseHandle handle, long itemId, String responseTypeId) {
        handle.update(r -> r.items().setResponseType(
                reopened(r.items().responseTypeTag(itemId, responseTypeId), "response type")));
    }

    private static void answerTheme(CaseHandle handle, long itemId, String themeId, TagState answer) {
        handle.update(r -> r.items().setTheme(answered(r.items().themeTag(itemId, themeId), answer, "theme")));
    }

    private static void answerResponseType(CaseHandle handle, long itemId, String typeId, TagState answer) {
        handle.update(r -> r.items().setResponseType(
                answered(r.items().responseTypeTag(itemId, typeId), answer, "response type")));
    }

    private static ItemTag answered(Optional<ItemTag> tag, TagState answer, String what) {
        ItemTag waiting = tag.filter(t -> t.state() == TagState.SUGGESTED).orElseThrow(() ->
                new IllegalStateException("That " + what + " is no longer a suggestion waiting for an answer."));
        return new ItemTag(waiting.itemId(), waiting.codeId(), answer, waiting.evidence());
    }

    private static ItemTag reopened(Optional<ItemTag> tag, String what) {
        ItemTag answered = tag.filter(t -> t.state() != TagState.SUGGESTED && t.evidence().isPresent())
                .orElseThrow(() -> new IllegalStateException("That " + what + " was not an answered suggestion."));
        return new ItemTag(answered.itemId(), answered.codeId(), TagState.SUGGESTED, answered.evidence());
    }

    /** A suggested commitment becomes an open one in the register; returns it as stored. */
    public Commitment acceptCommitment(CaseHandle handle, long commitmentId) {
        return answerCommitment(handle, commitmentId, CommitmentStatus.OPEN);
    }

    /** A suggested commitment is turned down: kept (so it is not suggested again) but out of the register. */
    public Commitment rejectCommitment(CaseHandle handle, long commitmentId) {
        return answerCommitment(handle, commitmentId, CommitmentStatus.REJECTED);
    }

    /**
     * A commitment accepted or rejected from a suggestion waits for an answer again: the inverse of accept and reject.
     * Refused once its status has moved on from open (kept, broken…): that is the register's history now.
     */
    public Commitment reopenCommitment(CaseHandle handle, long commitmentId) {
        return handle.write(r -> {
            Commitment c = r.commitments().byId(commitmentId)
                    .filter(found -> found.evidence().isPresent() && found.history().isEmpty()
                            && (found.status() == CommitmentStatus.OPEN || found.status() == CommitmentStatus.REJECTED))
                    .orElseThrow(() -> new IllegalStateException("That commitment was not an answered suggestion."));
            Commitment waiting = c.withStatus(CommitmentStatus.SUGGESTED);
            r.commitments().replace(waiting);
            return waiting;
        });
    }

    private static Commitment answerCommitment(CaseHandle handle, long id, CommitmentStatus to) {
        return handle.write(r -> {
            Commitment c = r.commitments().byId(id).filter(found -> found.status() == CommitmentStatus.SUGGESTED)
                    .orElseThrow(() -> new IllegalStateException(
                            "That commitment is no longer a suggestion waiting for an answer."));
            Commitment answered = c.withStatus(to);
            r.commitments().replace(answered);
            return answered;
        });
    }

    /** How many suggestions one run stored. */
    public record Counts(int themes, int responseTypes, int commitments) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return themes + responseTypes + commitments;
        }
    }

    /** A letter's suggestions that wait for an answer. */
    public record Pending(List<ItemTag> themes, List<ItemTag> responseTypes, List<Commitment> commitments) {
        public Pending {
            themes = List.copyOf(themes);
            responseTypes = List.copyOf(responseTypes);
            commitments = List.copyOf(commitments);
        }

        public boolean isEmpty() {
            return themes.isEmpty() && responseTypes.isEmpty() && commitments.isEmpty();
        }
    }
}
