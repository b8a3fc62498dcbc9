package org.casebook.ui.commitments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.service.AnnotationService;
import org.casebook.service.CaseAccess;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;

/** A case with two letters and a few commitments in every state, for looking at the screen (ScreenshotMain). */
public final class SampleCommitments {

    private SampleCommitments() {
    }

    /** Creates the case at {@code root} with its commitments, unless it exists already. */
    public static void create(CaseService cases, AnnotationService annotations, Path root) {
        if (Files.exists(root)) {
            return;
        }
        try (CaseHandle db = cases.create(root)) {
            LocalDate today = annotations.today();
            Letter reply = CaseAccess.write(db, r -> r.letters().add(letter("Trust Board reply to the LXP group", LocalDate.of(2025, 7, 1))));
            Letter minutes = CaseAccess.write(db, r -> r.letters().add(letter("Board minutes, September", LocalDate.of(2025, 9, 24))));
            Item budget = CaseAccess.write(db, r -> r.items().add(item(reply, "3", "The peer support budget was cut without consultation.")));
            Item pay = CaseAccess.write(db, r -> r.items().add(item(reply, "4", "Peer workers are paid late.")));
            annotations.addCommitment(db, new Commitment(0, reply.id(), CommitmentSource.ITEM, Optional.of(budget.id()),
                    "We will review the peer support budget with the group before the next Board meeting.",
                    "Director of Nursing", Optional.of(today.minusDays(12)), CommitmentStatus.OPEN, List.of()));
            annotations.addCommitment(db, new Commitment(0, reply.id(), CommitmentSource.ITEM, Optional.of(pay.id()),
                    "Payroll will pay peer workers within 30 days of each claim.", "Finance team",
                    Optional.of(today.minusDays(40)), CommitmentStatus.KEPT, List.of(
                            new StatusChange(today.minusDays(60), CommitmentStatus.UNCLEAR, "Some claims still late in the audit."),
                            new StatusChange(today.minusDays(20), CommitmentStatus.KEPT, "Payroll report shows all claims paid on time."))));
            annotations.addCommitment(db, new Commitment(0, reply.id(), CommitmentSource.CLOSING, Optional.empty(),
                    "The Board will meet the group again in the autumn.", "Chair", Optional.of(today.plusDays(30)),
                    CommitmentStatus.OPEN, List.of()));
            annotations.addCommitment(db, new Commitment(0, minutes.id(), CommitmentSource.INTRO, Optional.empty(),
                    "A named lead for lived experience by April.", "", Optional.empty(), CommitmentStatus.BROKEN,
                    List.of(new StatusChange(today.minusDays(5), CommitmentStatus.BROKEN, "No lead named at the May Board."))));
        }
    }

    private static Letter letter(String title, LocalDate date) {
        return new Letter(0, title, Optional.of(date), "The Trust", "The LXP group", Optional.empty(), Optional.empty(),
                Optional.empty(), "Dear colleagues,", "Yours sincerely,", "", Optional.empty());
    }

    private static Item item(Letter letter, String label, String concern) {
        return new Item(0, letter.id(), Optional.empty(), label, label, Integer.parseInt(label), concern,
                Optional.of("We are looking at this."), Optional.empty(), Optional.empty(), Stance.UNDECIDED, "");
    }
}
