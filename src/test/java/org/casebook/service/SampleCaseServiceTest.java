package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.app.Services;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.Stance;
import org.casebook.domain.StatusChange;
import org.casebook.domain.TagState;
import org.casebook.importing.Fixtures;
import org.casebook.service.CaseHandle;
import org.casebook.storage.Repositories;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCaseServiceTest {

    /** A few weeks after the letter: the survey results promised for 30 October are late. */
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Services services;
    private CaseHandle database;
    private CaseSnapshot snapshot;
    private Map<String, Item> byPath;
    private long firstLetter;

    @BeforeEach
    void createTheSample() {
        services = TestServices.in(temp.resolve("home"), NOVEMBER);
        database = services.sampleCaseService().create(temp.resolve("Sample"));
        snapshot = CaseAccess.read(database, Repositories::snapshot);
        // The Trust's first reply is the letter the newcomer's annotations are on; the later letters come bare.
        firstLetter = snapshot.letters().stream().mapToLong(l -> l.id()).min().orElseThrow();
        byPath = snapshot.itemsOf(firstLetter).stream().collect(Collectors.toMap(Item::path, Function.identity()));
    }

    @AfterEach
    void closeTheSample() {
        database.close();
    }

    @Test
    void holdsTheTrustsTwoRepliesWithTheFirstsElevenItemsAndFiveCommitments() {
        assertThat(database.root()).isEqualTo(temp.resolve("Sample.casebook"));
        SampleCaseService.Contents contents = services.sampleCaseService().contents(database);
        assertThat(contents.letters()).isEqualTo(4);
        assertThat(contents.commitments()).isEqualTo(5);
        assertThat(snapshot.itemsOf(firstLetter)).hasSize(11);
        assertThat(snapshot.bodies()).extracting(b -> b.name()).containsExactlyInAnyOrder(
                "Northvale and Kestrel NHS Foundation Trust – Board", SampleCampaign.WESTMOOR, SampleCampaign.HARROWFIELD);
        assertThat(snapshot.meetings()).extracting(m -> m.name() + " " + m.date().orElseThrow())
                .containsExactly("Trust Board 2026-09-17", "Trust Board 2026-11-19");
        assertThat(snapshot.letters()).filteredOn(l -> l.id() == firstLetter).singleElement().satisfies(letter -> {
            assertThat(letter.date()).contains(LocalDate.of(2026, 10, 12));
            assertThat(letter.meetingId()).contains(snapshot.meetings().get(0).id());
            assertThat(letter.source()).hasValueSatisfying(s -> assertThat(s.fileName()).isEqualTo("northvale-reply.docx"));
            assertThat(LetterImportService.originalPath(database, letter.source().orElseThrow().sha256(),
                    "northvale-reply.docx")).isRegularFile();
        });
        assertThat(snapshot.letters()).filteredOn(l -> l.meetingId().equals(java.util.Optional.of(
                snapshot.meetings().get(1).id()))).singleElement()
                .satisfies(l -> assertThat(snapshot.itemsOf(l.id())).hasSize(6));
        assertThat(byPath.get("3/a").parentId()).contains(byPath.get("3").id());
    }

    @Test
    void holdsACampaignToThreeTrustsOneAnsweredOneRefusedAndOneOverdue() {
        FoiService foi = services.foiServices().register();
        LocalDate today = foi.today();

        List<FoiService.RequestView> requests = foi.requests(database, java.util.Optional.empty(), today);

        assertThat(foi.campaigns(database)).singleElement()
                .satisfies(c -> assertThat(c.questions()).hasSize(3));
        assertThat(requests).extracting(r -> r.body().name() + ": " + r.state().key()).containsExactly(
                SampleCampaign.HARROWFIELD + ": refused",
                "Northvale and Kestrel NHS Foundation Trust – Board: awaiting-response",
                SampleCampaign.WESTMOOR + ": successful");
        assertThat(requests.get(1).clock().lateness()).isEqualTo(org.casebook.domain.foi.Lateness.OVERDUE);
        assertThat(requests.get(0).answers()).extracting(a -> a.kind())
                .containsOnly(org.casebook.domain.foi.AnswerKind.REFUSED);
        assertThat(requests.get(2).answers()).extracting(a -> a.kind())
                .containsOnly(org.casebook.domain.foi.AnswerKind.ANSWERED);
        assertThat(foi.overdue(database, today)).hasSize(1);
    }

    @Test
    void namesTheGroupTheLetterAnswersForTheCoverOfItsPacksAndHidesNoNamesYet() {
        PackSettingsService.PackSettings settings = services.packSettingsService().settings(database);

        assertThat(settings.groupName()).isEqualTo("Lived Experience Practitioners’ Forum");
        assertThat(settings.names()).isEmpty();
        assertThat(services.packSettingsService().findNames(database)).isNotEmpty();
    }

    @Test
    void leavesItemTwoUntouchedForTheNewcomerToTry() {
        Item two = byPath.get("2");

        assertThat(two.stance()).isEqualTo(Stance.UNDECIDED);
        assertThat(two.stanceRationale()).isEmpty();
        assertThat(snapshot.itemThemes()).noneMatch(t -> t.itemId() == two.id());
        assertThat(snapshot.itemResponseTypes()).noneMatch(t -> t.itemId() == two.id());
        assertThat(snapshot.notes()).noneMatch(n -> n.itemId() == two.id());
        assertThat(snapshot.commitments()).noneMatch(c -> c.itemId().equals(java.util.Optional.of(two.id())));
    }

    @Test
    void confirmsAThemeOnMostItemsAndAStanceWithReasonsOnAboutHalf() {
        long themed = snapshot.items().stream()
                .filter(i -> !snapshot.tagIds(snapshot.itemThemes(), i.id(), TagState.CONFIRMED).isEmpty()).count();
        assertThat(themed).isBetween(6L, 9L);
        assertThat(snapshot.itemThemes()).extracting(t -> t.codeId())
                .allMatch(id -> snapshot.codebook().themes().stream().anyMatch(theme -> theme.id().equals(id)));
        assertThat(snapshot.itemResponseTypes()).isNotEmpty();

        List<Item> decided = snapshot.items().stream().filter(i -> i.stance() != Stance.UNDECIDED).toList();
        assertThat(decided).hasSizeBetween(5, 7).allSatisfy(i -> assertThat(i.stanceRationale()).isNotBlank());
        assertThat(decided).extracting(Item::stance)
                .contains(Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE, Stance.UNANSWERED);
        assertThat(snapshot.notes()).hasSizeBetween(3, 4);
    }

    @Test
    void tracksCommitmentsFromTheResponsesOneKeptOneBrokenAndOneOverdue() {
        LocalDate today = services.annotationService().today();

        assertThat(snapshot.commitments()).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(CommitmentSource.ITEM);
            assertThat(c.owner()).isNotBlank();
            String response = snapshot.items().stream().filter(i -> c.itemId().equals(java.util.Optional.of(i.id()))).findFirst()
                    .orElseThrow().response().orElseThrow();
            assertThat(response).as("a commitment is found in its item's response").containsIgnoringCase(firstWords(c.text()));
        });
        assertThat(snapshot.commitments()).filteredOn(c -> c.isOverdue(today)).singleElement()
                .satisfies(c -> assertThat(c.itemId()).contains(byPath.get("9").id()));
        assertThat(snapshot.commitments()).filteredOn(c -> c.status() == CommitmentStatus.KEPT).singleElement()
                .satisfies(c -> assertThat(c.history()).extracting(StatusChange::status).containsExactly(CommitmentStatus.KEPT));
        Commitment broken = snapshot.commitments().stream().filter(c -> c.status() == CommitmentStatus.BROKEN)
                .findFirst().orElseThrow();
        assertThat(broken.history()).extracting(StatusChange::status)
                .containsExactly(CommitmentStatus.UNCLEAR, CommitmentStatus.BROKEN);
        assertThat(broken.history()).allSatisfy(change -> {
            assertThat(change.evidence()).isNotBlank();
            assertThat(change.date()).isBefore(today);
        });
    }

    @Test
    void namesNobodyFromTheRealLetter() throws IOException {
        JsonNode fixture = new ObjectMapper().readTree(Fixtures.trustBoardReply("expected.json").toFile());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        services.exportService().exportJson(database, json);
        String everything = json.toString(StandardCharsets.UTF_8);

        assertThat(everything).contains("Northvale and Kestrel", "Ruth Calloway")
                .doesNotContain(fixture.at("/letter/signedBy").asText(), "Tamar", "Birmingham", "Solihull", "BSMHFT",
                        "BSOL", "KUF");
    }

    @Test
    void refusesAPlaceWhereSomethingAlreadyIsAndLeavesItAlone() throws IOException {
        Path taken = Files.createDirectories(temp.resolve("Taken.casebook"));
        Files.writeString(taken.resolve("minutes.txt"), "keep me");

        assertThatThrownBy(() -> services.sampleCaseService().create(taken))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("something is already there")
                .satisfies(e -> assertThat(((CaseException) e).problem()).isEqualTo(CaseException.Problem.ALREADY_EXISTS));
        assertThat(taken.resolve("minutes.txt")).hasContent("keep me");
        try (var entries = Files.list(taken)) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void aFailureHalfwayLeavesNoCaseBehindAndSaysSo() {
        // Notes are stamped with the clock, so a clock that fails stops the sample after the import and the tags.
        Clock broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("the clock stopped");
            }
        };
        SampleCaseService failing = new SampleCaseService(services.caseService(), services.importService(),
                new AnnotationService(broken));
        Path location = temp.resolve("Half made");

        assertThatThrownBy(() -> failing.create(location))
                .isInstanceOf(CaseException.class)
                .hasMessageContaining("Could not create the sample case at " + temp.resolve("Half made.casebook"))
                .hasMessageContaining("the clock stopped")
                .hasMessageContaining("Nothing was left behind");
        assertThat(temp.resolve("Half made.casebook")).doesNotExist();
        assertThat(failing.exists(location)).isFalse();
    }

    @Test
    void knowsWhenTheSampleIsAlreadyThere() {
        assertThat(services.sampleCaseService().exists(temp.resolve("Sample.casebook"))).isTrue();
        assertThat(services.sampleCaseService().exists(temp.resolve("Sample"))).isTrue();
        assertThat(services.sampleCaseService().exists(temp.resolve("Elsewhere"))).isFalse();
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return String.join(" ", List.of(words).subList(0, 3));
    }
}
