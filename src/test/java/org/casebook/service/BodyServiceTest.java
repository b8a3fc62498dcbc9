package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Body;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.service.BodyService.Directory;
import org.casebook.service.BodyService.Place;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyServiceTest {

    private static final Optional<LocalDate> MAY = Optional.of(LocalDate.of(2026, 5, 1));

    private final BodyService bodies = new BodyService();
    private CaseHandle db;
    private Body trust;
    private Body duplicate;
    private Meeting board;
    private Meeting boardAgain;
    private Letter first;
    private Letter second;

    @BeforeEach
    void makeCase(@TempDir Path temp) {
        Services services = TestServices.in(temp.resolve("home"));
        db = services.caseService().create(temp.resolve("Case"));
        trust = bodies.addBody(db, "Birmingham Trust");
        duplicate = bodies.addBody(db, "Birmingham Trust (board)");
        board = bodies.addMeeting(db, trust.id(), "Trust Board", MAY);
        boardAgain = bodies.addMeeting(db, duplicate.id(), "Board", MAY);
        first = letter("First reply", Optional.of(trust.id()), Optional.of(board.id()));
        second = letter("Second reply", Optional.of(duplicate.id()), Optional.of(boardAgain.id()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Letter letter(String title, Optional<Long> body, Optional<Long> meeting) {
        return CaseAccess.write(db, r -> r.letters().add(new Letter(0, title, Optional.empty(), "", "", body, meeting, Optional.empty(),
                "", "", "", Optional.empty())));
    }

    private Letter stored(Letter letter) {
        return CaseAccess.read(db, r -> r.letters().byId(letter.id()).orElseThrow());
    }

    @Test
    void mergingBodiesMovesMeetingsAndLettersAndUnmergingPutsBackExactlyWhatWasThere() {
        Directory before = bodies.directory(db);

        BodyService.BodyMerge merge = bodies.mergeBodies(db, duplicate.id(), trust.id());

        Directory merged = bodies.directory(db);
        assertThat(merged.bodies()).containsExactly(trust);
        assertThat(merged.meetings()).allMatch(m -> m.bodyId() == trust.id()).hasSize(2);
        assertThat(stored(second).bodyId()).contains(trust.id());
        assertThat(stored(second).meetingId()).contains(boardAgain.id());
        assertThat(merge.letterIds()).containsExactly(second.id());

        bodies.unmerge(db, merge);

        assertThat(bodies.directory(db)).isEqualTo(before);
    }

    @Test
    void mergingMeetingsMovesLettersAndUnmergingPutsTheMeetingBack() {
        Meeting march = bodies.addMeeting(db, trust.id(), "Trust Board", Optional.of(LocalDate.of(2026, 3, 1)));
        Letter third = letter("Third reply", Optional.of(trust.id()), Optional.of(march.id()));
        Directory before = bodies.directory(db);

        BodyService.MeetingMerge merge = bodies.mergeMeetings(db, march.id(), board.id());

        assertThat(stored(third).meetingId()).contains(board.id());
        assertThat(bodies.directory(db).meetings()).doesNotContain(march);

        bodies.unmerge(db, merge);

        assertThat(bodies.directory(db)).isEqualTo(before);
    }

    @Test
    void refusesToMergeMeetingsOfDifferentBodies() {
        assertThatThrownBy(() -> bodies.mergeMeetings(db, boardAgain.id(), board.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same body");
        assertThat(stored(second).meetingId()).contains(boardAgain.id());
    }

    @Test
    void refusesBlankAndDuplicateBodyNamesButAllowsChangingTheCase() {
        assertThatThrownBy(() -> bodies.renameBody(db, trust.id(), "  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A body needs a name.");
        assertThatThrownBy(() -> bodies.renameBody(db, duplicate.id(), "birmingham trust"))
                .hasMessageContaining("already a body called \"Birmingham Trust\"");
        assertThatThrownBy(() -> bodies.addBody(db, "Birmingham Trust ")).isInstanceOf(IllegalArgumentException.class);

        String old = bodies.renameBody(db, trust.id(), "BIRMINGHAM TRUST");

        assertThat(old).isEqualTo("Birmingham Trust");
        assertThat(CaseAccess.read(db, r -> r.bodies().body(trust.id())).orElseThrow().name()).isEqualTo("BIRMINGHAM TRUST");
    }

    @Test
    void renamingAndRedatingAMeetingCanBePutBack() {
        Meeting old = bodies.updateMeeting(db, board.id(), "Board in public", Optional.empty());

        assertThat(CaseAccess.read(db, r -> r.bodies().meeting(board.id())).orElseThrow())
                .isEqualTo(new Meeting(board.id(), trust.id(), "Board in public", Optional.empty()));
        bodies.putBack(db, old);
        assertThat(CaseAccess.read(db, r -> r.bodies().meeting(board.id())).orElseThrow()).isEqualTo(board);
    }

    @Test
    void refusesASecondMeetingOfTheSameNameOnTheSameDay() {
        assertThatThrownBy(() -> bodies.addMeeting(db, trust.id(), "trust board", MAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a meeting");
    }

    @Test
    void movesALetterAndSaysWhereItWas() {
        BodyService.LetterPlace was = bodies.moveLetter(db, first.id(), new Place(Optional.of(duplicate.id()),
                Optional.of(boardAgain.id())));

        assertThat(was.place()).isEqualTo(new Place(Optional.of(trust.id()), Optional.of(board.id())));
        assertThat(Place.of(stored(first))).isEqualTo(new Place(Optional.of(duplicate.id()), Optional.of(boardAgain.id())));
        bodies.moveLetter(db, first.id(), Place.NONE);
        assertThat(Place.of(stored(first))).isEqualTo(Place.NONE);
    }

    @Test
    void refusesToPutALetterInAMeetingOfAnotherBody() {
        assertThatThrownBy(() -> bodies.moveLetter(db, first.id(), new Place(Optional.of(trust.id()),
                Optional.of(boardAgain.id())))).hasMessageContaining("another body");
        assertThat(Place.of(stored(first))).isEqualTo(new Place(Optional.of(trust.id()), Optional.of(board.id())));
    }

    @Test
    void anAddedBodyCanBeRemovedAndPutBackUnderItsId() {
        Body added = bodies.addBody(db, "NHS England");

        bodies.removeBody(db, added.id());
        assertThat(bodies.directory(db).bodies()).doesNotContain(added);
        bodies.restoreBody(db, added);

        assertThat(bodies.directory(db).bodies()).contains(added);
        assertThatThrownBy(() -> bodies.removeBody(db, trust.id())).hasMessageContaining("still belong");
    }
}
