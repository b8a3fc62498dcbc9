package org.casebook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.app.Services;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseHandle;
import org.casebook.testsupport.TestServices;
import org.casebook.ui.commitments.CommitmentDialogs;
import org.casebook.ui.commitments.CommitmentsViewModel;
import org.casebook.ui.commitments.StatusFilter;
import org.casebook.ui.common.Navigation.Screen;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.dashboard.DashboardData.Bar;
import org.casebook.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over the sample case, with the items and commitments screens it leads to; no JavaFX thread. */
class DashboardViewModelTest {

    @TempDir
    static Path folder;
    private static Path sample;

    private TestCases app;
    private DashboardViewModel dashboard;
    private WorkspaceViewModel items;
    private CommitmentsViewModel commitments;

    @BeforeAll
    static void makeSample() {
        Services services = TestServices.in(folder.resolve("maker"));
        try (CaseHandle database = services.sampleCaseService().create(folder.resolve("Sample"))) {
            sample = database.root();
        }
    }

    @BeforeEach
    void open(@TempDir Path home) {
        app = new TestCases(home);
        app.session.open(sample);
        CommitmentDialogs noForms = new CommitmentDialogs() {
            @Override
            public Optional<Draft> edit(String title, Draft initial) {
                return Optional.empty();
            }

            @Override
            public Optional<StatusDraft> changeStatus(String title, Commitment commitment, LocalDate today) {
                return Optional.empty();
            }
        };
        items = new WorkspaceViewModel(app.edits, app.services.annotationService(), app.services.codebookService(),
                app.services.suggestionWorkflow(), app.navigation, noForms, app.dialogs, app.messages);
        commitments = new CommitmentsViewModel(app.edits, app.services.annotationService(),
                app.services.suggestionWorkflow(), app.navigation, noForms,
                app.dialogs, app.messages, Clock.systemUTC());
        dashboard = new DashboardViewModel(app.edits, app.services.annotationService(), app.navigation, app.messages);
    }

    @AfterEach
    void close() {
        app.session.shutdown();
    }

    private Bar bar(DashboardData.Chart chart, String category) {
        return chart.bars().stream().filter(b -> b.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void clickingAThemeBarShowsExactlyItsItemsOnTheItemsScreen() {
        app.navigation.show(Screen.DASHBOARD);
        Bar exclusion = bar(dashboard.data().get().themesByMeeting(), "Left out of decisions");

        dashboard.open(exclusion);

        assertThat(app.navigation.screen()).isEqualTo(Screen.ITEMS);
        assertThat(exclusion.count()).isEqualTo(3);
        assertThat(items.shownRows()).extracting(r -> r.path()).containsExactly("3/a", "3/b", "8");
        assertThat(items.filter().get().themeId()).contains("exclusion-from-decisions");
    }

    @Test
    void clickingAStanceBarShowsTheBodysItemsWithThatStance() {
        Bar disputed = dashboard.data().get().stanceByBody().bars().stream()
                .filter(b -> b.series().equals(app.messages.get("stance.dispute"))).findFirst().orElseThrow();

        dashboard.open(disputed);

        assertThat(items.shownRows()).hasSize(disputed.count()).allMatch(r -> r.stance() == Stance.DISPUTE);
        assertThat(items.shownRows()).extracting(r -> r.path()).containsExactly("6", "7");
    }

    @Test
    void everyItemBarCountsWhatItsClickShows() {
        DashboardData data = dashboard.data().get();
        for (DashboardData.Chart chart : data.charts().subList(0, 3)) {
            for (Bar bar : chart.bars()) {
                dashboard.open(bar);
                assertThat(items.shownRows()).as(bar.toString()).hasSize(bar.count());
            }
        }
    }

    @Test
    void clickingACommitmentStatusBarShowsTheRegisterAtThatStatus() {
        commitments.queryProperty().set("something typed earlier");
        Bar open = bar(dashboard.data().get().commitmentsByStatus(), app.messages.get("commitments.status.open"));

        dashboard.open(open);

        assertThat(app.navigation.screen()).isEqualTo(Screen.COMMITMENTS);
        assertThat(commitments.filterProperty().get()).isEqualTo(StatusFilter.OPEN);
        assertThat(commitments.queryProperty().get()).isEmpty();
        assertThat(commitments.rows()).hasSize(open.count())
                .allMatch(r -> r.commitment().status() == CommitmentStatus.OPEN);
    }

    @Test
    void countsAgainAfterAnEditAndAfterItsUndo() {
        String dispute = app.messages.get("stance.dispute");
        int before = disputed();
        Item first = app.services.annotationService().snapshot(app.edits.handle().orElseThrow()).items().stream()
                .filter(i -> i.path().equals("1")).findFirst().orElseThrow();
        app.edits.perform("mark 1 as disputed",
                db -> app.services.annotationService().setStance(db, first.id(), Stance.DISPUTE, ""),
                db -> app.services.annotationService().setStance(db, first.id(), first.stance(), first.stanceRationale()));

        assertThat(disputed()).isEqualTo(before + 1);
        assertThat(dashboard.rows()).anyMatch(r -> r.series().equals(dispute) && r.count() == before + 1);

        app.edits.undo();

        assertThat(disputed()).isEqualTo(before);
    }

    @Test
    void describesEachChartForScreenReaders() {
        DashboardData data = dashboard.data().get();
        String said = dashboard.describe("Commitments", data.commitmentsByStatus());

        assertThat(said).startsWith("Commitments: ").contains(app.messages.get("commitments.status.open") + ": ");
        assertThat(dashboard.hasItems().get()).isTrue();
    }

    @Test
    void anEmptyDashboardWhenNoCaseIsOpen() {
        app.session.closeCase();

        assertThat(dashboard.hasItems().get()).isFalse();
        assertThat(dashboard.rows()).isEmpty();
        assertThat(dashboard.describe("Stance", dashboard.data().get().stanceByBody())).contains("nothing to count");
    }

    private int disputed() {
        return dashboard.data().get().stanceByBody().bars().stream()
                .filter(b -> b.series().equals(app.messages.get("stance.dispute"))).mapToInt(Bar::count).sum();
    }
}
