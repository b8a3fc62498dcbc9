package org.casebook.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casebook.service.SecondReplyCase;
import org.casebook.ui.common.Navigation;
import org.casebook.ui.common.TestCases;
import org.casebook.ui.timeline.Timeline.Column;
import org.casebook.ui.timeline.Timeline.Entry;
import org.casebook.ui.timeline.TimelineViewModel.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme or a thread followed across the two Trust Board meetings of the sample case and its made-up second reply. */
class TimelineViewModelTest {

    @TempDir
    Path temp;

    private TestCases app;
    private SecondReplyCase letters;
    private TimelineViewModel viewModel;

    @BeforeEach
    void openTheTwoLetters() {
        app = new TestCases(temp.resolve("home"));
        letters = SecondReplyCase.create(app.services, temp.resolve("cases"));
        Path root = letters.database.root();
        letters.database.close();
        app.session.open(root);
        viewModel = new TimelineViewModel(app.edits, app.services.annotationService(), app.navigation, app.messages);
    }

    @AfterEach
    void closeIt() {
        app.session.shutdown();
    }

    @Test
    void aThemeShowsItsItemsUnderTheMeetingThatAnsweredThem() {
        viewModel.subject().set(subject(Subject.Kind.THEME, "exclusion-from-decisions"));

        assertThat(viewModel.timeline().get().columns()).singleElement().satisfies(column -> {
            assertThat(column.label()).isEqualTo("Trust Board, 17 Sept 2026");
            assertThat(column.entries()).extracting(Entry::path).containsExactly("3/a", "3/b", "8");
        });
        assertThat(viewModel.summary()).startsWith("3 items at 1 meeting");
    }

    @Test
    void aThreadRunsAcrossMeetingsOldestFirst() {
        app.edits.perform("link the funding answers",
                db -> app.services.threadService().confirmLink(db, letters.second("2"), letters.first("2")),
                db -> { });

        Subject thread = viewModel.subjects().stream().filter(s -> s.kind() == Subject.Kind.THREAD).findFirst()
                .orElseThrow();
        viewModel.subject().set(thread);

        assertThat(viewModel.timeline().get().columns()).extracting(Column::label)
                .containsExactly("Trust Board, 17 Sept 2026", "Trust Board, 18 Feb 2027");
        assertThat(viewModel.timeline().get().columns()).extracting(c -> c.entries().get(0).itemId())
                .containsExactly(letters.first("2"), letters.second("2"));
    }

    @Test
    void anEntryOpensItsItemOnTheItemsScreen() {
        viewModel.subject().set(subject(Subject.Kind.THEME, "exclusion-from-decisions"));
        app.navigation.show(Navigation.Screen.THREADS);

        viewModel.open(letters.first("3/a"));

        assertThat(app.navigation.screen()).isEqualTo(Navigation.Screen.ITEMS);
    }

    @Test
    void aThemeNobodyUsedSaysSo() {
        viewModel.subject().set(subject(Subject.Kind.THEME, "loss-of-paid-work"));

        assertThat(viewModel.timeline().get().columns()).isEmpty();
        assertThat(viewModel.summary()).isEqualTo("No items yet for this theme or thread.");
    }

    private Subject subject(Subject.Kind kind, String id) {
        return viewModel.subjects().stream().filter(s -> s.kind() == kind && s.id().equals(id)).findFirst().orElseThrow();
    }
}
