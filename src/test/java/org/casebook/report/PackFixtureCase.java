package org.casebook.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.importing.Fixtures;
import org.casebook.service.AnnotationService;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseHandle;
import org.casebook.service.ImportDraft;
import org.casebook.service.LetterDetails;
import org.casebook.service.LetterImportService;
import org.casebook.testsupport.TestServices;

/**
 * The fixture letter (trust-board-reply-2021/letter.pdf, 14 items) imported into a temporary case through the real
 * services, then annotated in code the way a group would: a stance and a reason on every item (all four stances),
 * confirmed themes on most items (two left without, for "Other concerns"), response types, notes, and commitments
 * kept, broken, open and overdue. The clock is fixed so "overdue" does not depend on the day the tests run.
 */
public final class PackFixtureCase {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2021, 9, 1);
    public static final LocalDate MEETING = LocalDate.of(2021, 5, 26);
    public static final String BODY = "Fictional Valley NHS Trust";

    /** What the group decided on each item, by path: the stance and a reason worded so it can be found in the PDF. */
    public static final Map<String, Annotation> ANNOTATIONS = Map.ofEntries(
            Map.entry("1", new Annotation(Stance.DISPUTE, "The funding could have been taken with partners' support.",
                    List.of("funding-refusal"), List.of("explanation"))),
            Map.entry("1/a", new Annotation(Stance.PARTLY_AGREE, "Commissioning did stop, but the course was ours to keep.",
                    List.of("pay-disparity"), List.of("deflection"))),
            Map.entry("1/b", new Annotation(Stance.AGREE, "The apology for the trainers is accepted as given.",
                    List.of("loss-of-paid-work"), List.of("apology"))),
            Map.entry("1/c", new Annotation(Stance.PARTLY_AGREE, "A policy draft is welcome; twenty pounds a day is not.",
                    List.of("pay-disparity"), List.of("acknowledgement", "commitment"))),
            Map.entry("1/d", new Annotation(Stance.AGREE, "They accept the group should have been in the room.",
                    List.of("exclusion-from-decisions"), List.of("acknowledgement"))),
            Map.entry("1/e", new Annotation(Stance.DISPUTE, "Careers were blocked; two members can show how.",
                    List.of("exclusion-from-decisions"), List.of("rebuttal"))),
            Map.entry("1/f", new Annotation(Stance.DISPUTE, "No pledge means the autumn money will be lost again.",
                    List.of("funding-refusal"), List.of("refusal"))),
            Map.entry("2", new Annotation(Stance.UNANSWERED, "Saying they have no knowledge does not answer it.",
                    List.of(), List.of("denial-no-knowledge"))),
            Map.entry("3", new Annotation(Stance.UNANSWERED, "Unpaid replacements were reported in writing in March.",
                    List.of("loss-of-paid-work"), List.of("denial-no-knowledge"))),
            Map.entry("4", new Annotation(Stance.PARTLY_AGREE, "National standards are missing; local steps are not.",
                    List.of("career-pathway"), List.of("explanation"))),
            Map.entry("5", new Annotation(Stance.AGREE, "The band 8a lived experience post is real progress.",
                    List.of("peer-roles"), List.of("rebuttal"))),
            Map.entry("6", new Annotation(Stance.UNANSWERED, "The heading question on wellbeing got no reply at all.",
                    List.of(), List.of())),
            Map.entry("6/a", new Annotation(Stance.DISPUTE, "Processes exist on paper; nobody said who is liable.",
                    List.of("wellbeing-harm"), List.of("reassurance"))),
            Map.entry("6/b", new Annotation(Stance.UNANSWERED, "Being sorry we feel it is not an answer to when.",
                    List.of("wellbeing-harm"), List.of("non-apology"))));

    /** Notes the group keeps on two items; printed only with notes on. */
    public static final Map<String, String> NOTES = Map.of(
            "1/c", "Ask for the draft Reward and Recognition Policy before the next board.",
            "6/b", "Bring the wellbeing survey results to the meeting.");

    /** Overdue on {@link #TODAY}: open, due in July. Added last, so a register in the order added puts it last. */
    public static final String OVERDUE = "Bring the Reward and Recognition Policy to the Board for approval";
    public static final String KEPT = "Discuss future offers of funding for lived experience roles at the engagement group";
    public static final String OPEN = "Seek assurance that lived experience expertise is being maximised";
    public static final String BROKEN = "Recruit the band 8a Lived Experience lead by the summer";

    public final Services services;
    public final CaseHandle database;
    public final List<Item> items;

    private PackFixtureCase(Services services, CaseHandle database, List<Item> items) {
        this.services = services;
        this.database = database;
        this.items = items;
    }

    /** What the group decided on one item: stance, reason, confirmed theme ids and confirmed response type ids. */
    public record Annotation(Stance stance, String rationale, List<String> themes, List<String> responseTypes) {
    }

    public static Services services(Path home) {
        return TestServices.in(home,
                Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON));
    }

    /** Imports and annotates the fixture letter in a new case at {@code temp/case}. */
    public static PackFixtureCase create(Path temp) {
        Services services = services(temp.resolve("home"));
        CaseHandle database = services.caseService().create(temp.resolve("case"));
        List<Item> items = importLetter(services.importService(), database, Optional.empty());
        annotate(services.annotationService(), database, items);
        return new PackFixtureCase(services, database, items);
    }

    /**
     * Stores the fixture letter once more. {@code sha256} stands in for the file's own fingerprint so the same bytes
     * can be stored many times (the import refuses a file it has seen); everything else is the real import.
     */
    public static List<Item> importLetter(LetterImportService imports, CaseHandle database, Optional<String> sha256) {
        ImportDraft draft = imports.prepare(Fixtures.trustBoardReply("letter.pdf"), ProgressListener.NONE);
        ImportDraft stored = sha256.map(sha -> new ImportDraft(draft.original(), sha, draft.source(), draft.split(),
                draft.metadata())).orElse(draft);
        LetterDetails details = new LetterDetails("Reply to concerns raised at the Trust Board",
                Optional.of(LocalDate.of(2021, 6, 20)), "Danielle", "Tamar and colleagues", Optional.of(BODY),
                Optional.of("Trust Board"), Optional.of(MEETING));
        return imports.store(database, stored, stored.split(), details).items();
    }

    /** Annotates one imported copy of the letter as described above; returns the commitments added, in order. */
    public static List<Commitment> annotate(AnnotationService annotations, CaseHandle database, List<Item> items) {
        for (Item item : items) {
            Annotation a = ANNOTATIONS.get(item.path());
            annotations.setStance(database, item.id(), a.stance(), a.rationale());
            a.themes().forEach(t -> annotations.setTheme(database, item.id(), t, Optional.of(TagState.CONFIRMED)));
            a.responseTypes().forEach(t ->
                    annotations.setResponseType(database, item.id(), t, Optional.of(TagState.CONFIRMED)));
            Optional.ofNullable(NOTES.get(item.path())).ifPresent(text -> annotations.addNote(database, item.id(), text));
        }
        long letterId = items.get(0).letterId();
        List<Commitment> added = new ArrayList<>();
        added.add(annotations.addCommitment(database, commitment(letterId, item(items, "1/d"), KEPT,
                Optional.of(LocalDate.of(2021, 8, 15)), CommitmentStatus.KEPT)));
        added.add(annotations.addCommitment(database, new Commitment(0, letterId, CommitmentSource.CLOSING,
                Optional.empty(), OPEN, "The Board", Optional.of(LocalDate.of(2021, 12, 31)), CommitmentStatus.OPEN,
                List.of())));
        added.add(annotations.addCommitment(database, commitment(letterId, item(items, "5"), BROKEN,
                Optional.empty(), CommitmentStatus.BROKEN)));
        added.add(annotations.addCommitment(database, commitment(letterId, item(items, "1/c"), OVERDUE,
                Optional.of(LocalDate.of(2021, 7, 31)), CommitmentStatus.OPEN)));
        return added;
    }

    public Item item(String path) {
        return item(items, path);
    }

    private static Item item(List<Item> items, String path) {
        return items.stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }

    private static Commitment commitment(long letterId, Item item, String text, Optional<LocalDate> due,
                                         CommitmentStatus status) {
        return new Commitment(0, letterId, CommitmentSource.ITEM, Optional.of(item.id()), text, "Director of Operations",
                due, status, List.of());
    }
}
