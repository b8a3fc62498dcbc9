package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.casebook.app.Services;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.DiffPart;
import org.casebook.domain.LinkSuggestion;
import org.casebook.domain.StepMarker;
import org.casebook.domain.ThreadStep;
import org.casebook.service.ThreadService.CompareStep;
import org.casebook.service.ThreadService.ThreadChange;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadServiceTest {

    @TempDir
    static Path shared;

    private static Services services;
    private static SecondReplyCase made;

    @TempDir
    Path temp;

    private final ThreadService threads = new ThreadService();
    private SecondReplyCase letters;

    @BeforeAll
    static void makeTheCaseOnce() {
        services = TestServices.in(shared.resolve("home"));
        made = SecondReplyCase.create(services, shared);
        made.database.close();
    }

    @BeforeEach
    void openACopy() throws IOException {
        letters = SecondReplyCase.copy(services, made, temp);
    }

    @AfterEach
    void close() {
        letters.database.close();
    }

    @Test
    void suggestsLinksBetweenTheSameConcernsInTheTwoLettersAndNoOthers() {
        List<LinkSuggestion> suggestions = threads.suggestLinks(letters.database, ThreadService.DEFAULT_THRESHOLD);

        assertThat(suggestions).extracting(s -> List.of(s.itemA(), s.itemB())).containsExactlyInAnyOrder(
                pair("1", "1"), pair("2", "2"), pair("5", "3"), pair("7", "4"), pair("9", "5"));
        assertThat(suggestions).allSatisfy(s -> assertThat(s.score()).isBetween(0.5, 1.0));
    }

    @Test
    void aLowerThresholdSuggestsMoreAndAHigherOneFewer() {
        assertThat(threads.suggestLinks(letters.database, 0.1)).hasSizeGreaterThan(5);
        assertThat(threads.suggestLinks(letters.database, 0.95)).hasSizeLessThan(5);
    }

    @Test
    void marksRepeatedReversedAndUnansweredStepsOfConfirmedThreads() {
        long pay = confirm("1", "1");
        long funding = confirm("2", "2");
        long supervision = confirm("5", "3");
        long adverts = confirm("7", "4");

        assertThat(markers(pay)).containsExactly(StepMarker.NEW, StepMarker.REPEATED);
        assertThat(markers(funding)).containsExactly(StepMarker.NEW, StepMarker.REVERSED);
        assertThat(markers(supervision)).containsExactly(StepMarker.NEW, StepMarker.UNANSWERED);
        assertThat(markers(adverts)).containsExactly(StepMarker.NEW, StepMarker.REPEATED);
    }

    @Test
    void aConfirmedThreadIsTitledAfterTheEarlierConcernInDateOrderAndNotSuggestedAgain() {
        ThreadChange change = threads.confirmLink(letters.database, letters.second("2"), letters.first("2"));

        ConcernThread thread = change.after().get(0);
        assertThat(change.before()).isEmpty();
        assertThat(thread.itemIds()).containsExactly(letters.first("2"), letters.second("2"));
        assertThat(thread.title()).startsWith("The Trust turned down regional funding").endsWith("…")
                .hasSizeLessThanOrEqualTo(81);
        assertThat(threads.suggestLinks(letters.database, ThreadService.DEFAULT_THRESHOLD))
                .noneMatch(s -> List.of(s.itemA(), s.itemB()).equals(pair("2", "2")));
    }

    @Test
    void aRejectedLinkIsNeverSuggestedAgainUntilTheRejectionIsUndone() {
        threads.rejectLink(letters.database, letters.second("1"), letters.first("1"));

        assertThat(threads.suggestLinks(letters.database, 0.0))
                .noneMatch(s -> List.of(s.itemA(), s.itemB()).equals(pair("1", "1")));

        threads.unrejectLink(letters.database, letters.first("1"), letters.second("1"));
        assertThat(threads.suggestLinks(letters.database, ThreadService.DEFAULT_THRESHOLD))
                .anyMatch(s -> List.of(s.itemA(), s.itemB()).equals(pair("1", "1")));
    }

    @Test
    void compareShowsEachLetterInDateOrderWithTypesStanceMarkerAndTheWordDiff() {
        long funding = confirm("2", "2");

        List<CompareStep> steps = threads.compare(letters.database, funding);

        assertThat(steps).extracting(s -> s.letter().date().orElseThrow().getYear()).containsExactly(2026, 2027);
        assertThat(steps.get(0).responseTypeIds()).containsExactly("refusal");
        assertThat(steps.get(0).typesConfirmed()).isTrue();
        assertThat(steps.get(0).diffToPrevious()).isEmpty();
        assertThat(steps.get(1).responseTypeIds()).contains("commitment");
        assertThat(steps.get(1).marker()).isEqualTo(StepMarker.REVERSED);
        assertThat(steps.get(1).diffToPrevious()).extracting(DiffPart::kind)
                .contains(DiffPart.Kind.ADDED, DiffPart.Kind.REMOVED);
        assertThat(steps.get(1).diffToPrevious()).filteredOn(p -> p.kind() == DiffPart.Kind.ADDED)
                .anySatisfy(p -> assertThat(p.text()).contains("will fund two permanent"));
    }

    @Test
    void linkingByHandAddsAnItemAndUnlinkingTheLastButOneDeletesTheThread() {
        ThreadChange made = threads.confirmLink(letters.database, letters.first("6"), letters.second("6"));
        long id = made.after().get(0).id();

        assertThatThrownBy(() -> threads.linkByHand(letters.database, id, letters.first("8")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different letters");

        ThreadChange unlinked = threads.unlink(letters.database, id, letters.second("6"));
        assertThat(unlinked.after()).isEmpty();
        assertThat(threads.threads(letters.database)).isEmpty();

        threads.revert(letters.database, unlinked);
        assertThat(threads.threads(letters.database)).containsExactly(made.after().get(0));
    }

    @Test
    void undoAndRedoPutThreadsBackWithTheirIds() {
        ThreadChange first = threads.confirmLink(letters.database, letters.first("1"), letters.second("1"));
        long id = first.after().get(0).id();
        ThreadChange renamed = threads.rename(letters.database, id, "  Pay in vouchers ");
        ThreadChange deleted = threads.delete(letters.database, id);

        threads.revert(letters.database, deleted);
        threads.revert(letters.database, renamed);
        assertThat(threads.threads(letters.database)).containsExactly(first.after().get(0));

        threads.revert(letters.database, first);
        assertThat(threads.threads(letters.database)).isEmpty();

        threads.apply(letters.database, first);
        threads.apply(letters.database, renamed);
        assertThat(threads.threads(letters.database)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.title()).isEqualTo("Pay in vouchers");
        });
    }

    @Test
    void refusesToPutAnItemInTwoThreadsOrTwoItemsOfOneLetterInAThread() {
        long pay = confirm("1", "1");
        confirm("7", "4");

        assertThatThrownBy(() -> threads.confirmLink(letters.database, letters.first("1"), letters.second("4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different letters");
        assertThatThrownBy(() -> threads.linkByHand(letters.database, pay, letters.second("4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the thread");
        assertThat(threads.confirmLink(letters.database, letters.first("1"), letters.second("1")).isEmpty()).isTrue();
        assertThat(threads.threads(letters.database)).hasSize(2);
    }

    @Test
    void theJsonExportCarriesEachThreadsSteps() throws IOException {
        long funding = confirm("2", "2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        services.exportService().exportJson(letters.database, out);

        JsonNode thread = new ObjectMapper().readTree(out.toByteArray()).get("threads").get(0);
        assertThat(thread.get("id").asLong()).isEqualTo(funding);
        assertThat(thread.get("steps").get(0).get("itemId").asLong()).isEqualTo(letters.first("2"));
        assertThat(thread.get("steps").get(0).get("marker").asText()).isEqualTo("new");
        assertThat(thread.get("steps").get(1).get("marker").asText()).isEqualTo("reversed");
    }

    private long confirm(String firstPath, String secondPath) {
        return threads.confirmLink(letters.database, letters.first(firstPath), letters.second(secondPath))
                .after().get(0).id();
    }

    private List<StepMarker> markers(long threadId) {
        return threads.markedThreads(letters.database).stream().filter(t -> t.thread().id() == threadId)
                .findFirst().orElseThrow().steps().stream().map(ThreadStep::marker).toList();
    }

    private List<Long> pair(String firstPath, String secondPath) {
        return List.of(letters.first(firstPath), letters.second(secondPath));
    }
}
