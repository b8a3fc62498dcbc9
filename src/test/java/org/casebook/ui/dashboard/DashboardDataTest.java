package org.casebook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Codebook;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.TagState;
import org.casebook.domain.Theme;
import org.casebook.ui.common.ItemQuery;
import org.casebook.ui.common.ItemQuery.Place;
import org.casebook.ui.dashboard.DashboardData.Bar;
import org.casebook.ui.dashboard.DashboardData.Target;
import org.junit.jupiter.api.Test;

class DashboardDataTest {

    private static final Theme PAY = new Theme("pay", "Pay", "", "#112233", Optional.empty());
    private static final Theme ROLES = new Theme("roles", "Roles", "", "#112233", Optional.empty());
    private static final Theme UNUSED = new Theme("unused", "Unused", "", "#112233", Optional.empty());
    private static final ResponseType DEFLECTS = new ResponseType("deflects", "Deflects", "");
    private static final ResponseType COMMITS = new ResponseType("commits", "Commits", "");
    private static final Body TRUST = new Body(1, "The Trust");
    private static final Meeting MAY = new Meeting(10, 1, "Board", Optional.of(LocalDate.of(2026, 5, 1)));
    private static final Meeting MARCH = new Meeting(11, 1, "Board", Optional.of(LocalDate.of(2026, 3, 1)));

    private static final DashboardData.Labels LABELS = new DashboardData.Labels() {
        public String meeting(Meeting meeting) {
            return meeting.name() + " " + meeting.date().orElseThrow();
        }

        public String noMeeting() {
            return "no meeting";
        }

        public String noBody() {
            return "no body";
        }

        public String stance(Stance stance) {
            return stance.code();
        }

        public String status(CommitmentStatus status) {
            return status.code();
        }

        public String items() {
            return "items";
        }

        public String commitments() {
            return "commitments";
        }
    };

    private static Letter letter(long id, Optional<Long> body, Optional<Long> meeting) {
        return new Letter(id, "Letter " + id, Optional.empty(), "", "", body, meeting, Optional.empty(), "", "", "", Optional.empty());
    }

    private static Item item(long id, long letterId, Stance stance) {
        return new Item(id, letterId, Optional.empty(), "" + id, "" + id, (int) id, "Concern " + id, Optional.of("R"),
                Optional.empty(), Optional.empty(), stance, "");
    }

    private static Commitment commitment(long id, CommitmentStatus status) {
        return new Commitment(id, 100, CommitmentSource.INTRO, Optional.empty(), "Do it", "", Optional.empty(), status,
                List.of());
    }

    /** Letter 100 was read at the May board, 101 at March's, 102 has a body but no meeting, 103 neither. */
    private static CaseSnapshot snapshot() {
        List<Letter> letters = List.of(letter(100, Optional.of(1L), Optional.of(10L)),
                letter(101, Optional.of(1L), Optional.of(11L)), letter(102, Optional.of(1L), Optional.empty()),
                letter(103, Optional.empty(), Optional.empty()));
        List<Item> items = List.of(item(1, 100, Stance.DISPUTE), item(2, 100, Stance.DISPUTE), item(3, 101, Stance.AGREE),
                item(4, 102, Stance.UNDECIDED), item(5, 103, Stance.DISPUTE));
        List<ItemTag> themes = List.of(new ItemTag(1, "pay", TagState.CONFIRMED), new ItemTag(2, "pay", TagState.CONFIRMED),
                new ItemTag(2, "roles", TagState.CONFIRMED), new ItemTag(3, "pay", TagState.CONFIRMED),
                new ItemTag(4, "roles", TagState.CONFIRMED), new ItemTag(5, "roles", TagState.SUGGESTED),
                new ItemTag(5, "unused", TagState.REJECTED));
        List<ItemTag> types = List.of(new ItemTag(1, "deflects", TagState.CONFIRMED),
                new ItemTag(3, "deflects", TagState.CONFIRMED), new ItemTag(4, "commits", TagState.SUGGESTED));
        List<Commitment> commitments = List.of(commitment(1, CommitmentStatus.OPEN), commitment(2, CommitmentStatus.OPEN),
                commitment(3, CommitmentStatus.KEPT), commitment(4, CommitmentStatus.SUGGESTED),
                commitment(5, CommitmentStatus.REJECTED));
        return new CaseSnapshot(new Codebook(List.of(PAY, ROLES, UNUSED), List.of(DEFLECTS, COMMITS)), List.of(TRUST),
                List.of(MAY, MARCH), letters, items, themes, types, List.of(), commitments, List.of());
    }

    private static Bar bar(DashboardData.Chart chart, String category, String series) {
        return chart.bars().stream().filter(b -> b.category().equals(category) && b.series().equals(series))
                .findFirst().orElseThrow();
    }

    @Test
    void countsConfirmedThemesPerMeetingWithMeetingsInDateOrderAndUnusedThemesLeftOut() {
        DashboardData.Chart chart = DashboardData.of(snapshot(), LABELS).themesByMeeting();

        assertThat(chart.categories()).containsExactly("Pay", "Roles");
        assertThat(chart.series()).containsExactly("Board 2026-03-01", "Board 2026-05-01", "no meeting");
        assertThat(bar(chart, "Pay", "Board 2026-05-01").count()).isEqualTo(2);
        assertThat(bar(chart, "Pay", "Board 2026-03-01").count()).isEqualTo(1);
        assertThat(bar(chart, "Roles", "no meeting").count()).isEqualTo(1);
        assertThat(chart.bars()).extracting(Bar::count).containsOnly(1, 2);
        assertThat(chart.bars()).hasSize(4);
    }

    @Test
    void aThemeBarLeadsToItsMeetingAndTheme() {
        DashboardData.Chart chart = DashboardData.of(snapshot(), LABELS).themesByMeeting();

        assertThat(bar(chart, "Pay", "Board 2026-05-01").target())
                .isEqualTo(new Target.Items(ItemQuery.ALL.in(Place.MEETING, 10).withTheme("pay")));
        assertThat(bar(chart, "Roles", "no meeting").target())
                .isEqualTo(new Target.Items(ItemQuery.ALL.in(Place.NO_MEETING, 0).withTheme("roles")));
    }

    @Test
    void countsStancesPerBodyAndTheLettersWithNoBody() {
        DashboardData.Chart chart = DashboardData.of(snapshot(), LABELS).stanceByBody();

        assertThat(chart.categories()).containsExactly("The Trust", "no body");
        assertThat(bar(chart, "The Trust", "dispute").count()).isEqualTo(2);
        assertThat(bar(chart, "The Trust", "agree").count()).isEqualTo(1);
        assertThat(bar(chart, "The Trust", "undecided").count()).isEqualTo(1);
        assertThat(bar(chart, "no body", "dispute").count()).isEqualTo(1);
        assertThat(chart.series()).containsExactly("undecided", "agree", "dispute");
        assertThat(bar(chart, "The Trust", "dispute").target())
                .isEqualTo(new Target.Items(ItemQuery.ALL.in(Place.BODY, 1).withStance(Stance.DISPUTE)));
        assertThat(bar(chart, "no body", "dispute").target())
                .isEqualTo(new Target.Items(ItemQuery.ALL.in(Place.NO_BODY, 0).withStance(Stance.DISPUTE)));
    }

    @Test
    void countsConfirmedResponseTypesOnly() {
        DashboardData.Chart chart = DashboardData.of(snapshot(), LABELS).responseTypes();

        assertThat(chart.categories()).containsExactly("Deflects");
        assertThat(bar(chart, "Deflects", "items").count()).isEqualTo(2);
        assertThat(bar(chart, "Deflects", "items").target())
                .isEqualTo(new Target.Items(ItemQuery.ALL.withResponseType("deflects")));
    }

    @Test
    void countsTrackedCommitmentsOnlyWithEveryStatusShownEvenAtNought() {
        DashboardData.Chart chart = DashboardData.of(snapshot(), LABELS).commitmentsByStatus();

        assertThat(chart.categories()).containsExactly("open", "kept", "broken", "unclear");
        assertThat(chart.bars()).extracting(Bar::count).containsExactly(2, 1, 0, 0);
        assertThat(bar(chart, "open", "commitments").target())
                .isEqualTo(new Target.Commitments(CommitmentStatus.OPEN));
    }

    @Test
    void twoMeetingsWithTheSameLabelStayApart() {
        Body other = new Body(2, "Other Trust");
        Meeting sameDay = new Meeting(12, 2, "Board", MAY.date());
        CaseSnapshot base = snapshot();
        List<Letter> letters = new java.util.ArrayList<>(base.letters());
        letters.add(letter(104, Optional.of(2L), Optional.of(12L)));
        List<Item> items = new java.util.ArrayList<>(base.items());
        items.add(item(6, 104, Stance.AGREE));
        List<ItemTag> themes = new java.util.ArrayList<>(base.itemThemes());
        themes.add(new ItemTag(6, "pay", TagState.CONFIRMED));
        CaseSnapshot snapshot = new CaseSnapshot(base.codebook(), List.of(TRUST, other), List.of(MAY, MARCH, sameDay),
                letters, items, themes, base.itemResponseTypes(), List.of(), List.of(), List.of());

        DashboardData.Chart chart = DashboardData.of(snapshot, LABELS).themesByMeeting();

        assertThat(chart.series()).contains("Board 2026-05-01", "Board 2026-05-01 (Other Trust)");
        assertThat(bar(chart, "Pay", "Board 2026-05-01 (Other Trust)").count()).isEqualTo(1);
    }

    @Test
    void anEmptyCaseHasEmptyCharts() {
        CaseSnapshot nothing = new CaseSnapshot(new Codebook(List.of(PAY), List.of(DEFLECTS)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        DashboardData data = DashboardData.of(nothing, LABELS);

        assertThat(data.charts()).allMatch(DashboardData.Chart::isEmpty);
        assertThat(data.themesByMeeting().categories()).isEmpty();
    }
}
