package org.casebook.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.casebook.domain.Item;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.ResponseType;
import org.casebook.domain.Stance;
import org.casebook.domain.Theme;
import org.casebook.report.PackFixtureCase.Annotation;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.service.CaseAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance criteria, read back from a real pack of the fixture letter: what a member holding the
 * printout (or a screen reader) finds in it, not how the builder made it.
 */
class BriefingPackFixtureTest {

    static final String TITLE = "Briefing for the Trust Board";
    /** "History of answers" is left out while the case has no threads, as the fixture's one letter has none. */
    static final List<String> SECTIONS = List.of("Summary", "Concerns by theme", "Other concerns", "Commitments",
            "The letters in full");
    /**
     * The sections that start a page under their own heading. "Other concerns" is the last group under "Concerns by
     * theme", like a theme: it starts where the themes end, not on a page of its own.
     */
    static final List<String> TOP_LEVEL = List.of("Summary", "Concerns by theme", "Commitments", "The letters in full");
    /** The fixture letter's title: "The letters in full" lists each letter under it. */
    static final String LETTER = "Reply to concerns raised at the Trust Board";
    static final Map<Stance, String> STANCE_LABELS = Map.of(Stance.AGREE, "Agree", Stance.PARTLY_AGREE, "Partly agree",
            Stance.DISPUTE, "Dispute", Stance.UNANSWERED, "Unanswered", Stance.UNDECIDED, "Not decided");

    @TempDir
    static Path temp;

    static PackFixtureCase fixture;
    static PackDocument pack;
    static PdfReadback pdf;

    record Entry(String title, int page) {
    }

    @BeforeAll
    static void buildPack() {
        fixture = PackFixtureCase.create(temp);
        pack = fixture.services.packService().build(fixture.database,
                PackRequests.of(PackScope.everything(), PackOptions.standard(TITLE, PackFixtureCase.MEETING)),
                ProgressListener.NONE);
        pdf = PdfReadback.of(pack.pdf());
    }

    @AfterAll
    static void closeCase() {
        fixture.database.close();
    }

    @Test
    void reportsItsPagesAndItems() {
        assertThat(pack.items()).isEqualTo(14);
        assertThat(pack.pages()).isEqualTo(pdf.pageCount()).isGreaterThan(SECTIONS.size() + 2);
    }

    @Test
    void theCoverGivesTheTitleAndTheDate() {
        String cover = PdfReadback.flat(pdf.page(1));
        assertThat(cover).contains(TITLE).contains("26 May 2021");
        assertThat(pdf.info().get("Title")).isEqualTo(TITLE);
    }

    @Test
    void theContentsListEverySectionThemeAndLetterInOrder() {
        List<String> titles = contents().stream().map(Entry::title).toList();
        List<String> used = usedThemeNames();

        assertThat(startsWithHeading(2, "Contents")).as("page 2: %s", lines(2)).isTrue();
        assertThat(titles).startsWith("Summary", "Concerns by theme")
                .endsWith("Other concerns", "Commitments", "The letters in full", LETTER)
                .hasSize(SECTIONS.size() + used.size() + 1).doesNotContain("History of answers");
        assertThat(titles.subList(2, 2 + used.size())).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void theContentsGiveThePageWhereEachSectionStartsUnderItsOwnHeading() {
        List<Entry> entries = contents();
        List<Entry> sections = entries.stream().filter(e -> TOP_LEVEL.contains(e.title())).toList();
        assertThat(sections).extracting(Entry::title).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(sections).extracting(Entry::page).isSorted().doesNotHaveDuplicates();
        for (Entry section : sections) {
            assertThat(startsWithHeading(section.page(), section.title()))
                    .as("page %d starts with \"%s\": %s", section.page(), section.title(), lines(section.page()))
                    .isTrue();
            assertThat(IntStream.range(3, section.page()).filter(p -> startsWithHeading(p, section.title())))
                    .as("earlier pages starting with " + section.title()).isEmpty();
        }
        int concerns = pageOf(entries, "Concerns by theme");
        for (Entry group : entries.subList(2, 3 + usedThemeNames().size())) {
            assertThat(firstPageWithLine(group.title(), concerns)).as("first page with the group " + group.title())
                    .contains(group.page());
        }
        assertThat(firstPageWithLine(LETTER, pageOf(entries, "The letters in full"))).contains(pageOf(entries, LETTER));
        assertThat(entries).extracting(Entry::page).isSorted();
    }

    @Test
    void theBookmarksAreTheContents() {
        // A bookmark for the contents page itself is welcome; the contents do not list themselves.
        assertThat(pdf.bookmarks()).extracting(PdfReadback.Bookmark::title).filteredOn(t -> !t.equals("Contents"))
                .containsExactlyElementsOf(contents().stream().map(Entry::title).toList());
        assertThat(pdf.bookmarks()).filteredOn(b -> !TOP_LEVEL.contains(b.title()) && !b.title().equals("Contents"))
                .hasSize(usedThemeNames().size() + 2).allSatisfy(b -> assertThat(b.depth()).isEqualTo(1));
        assertThat(pdf.bookmarks()).filteredOn(b -> TOP_LEVEL.contains(b.title())).hasSize(TOP_LEVEL.size())
                .allSatisfy(b -> assertThat(b.depth()).isZero());
    }

    @Test
    void everyItemShowsItsConcernResponseStanceAndReason() {
        Map<String, String> responseTypes = CaseAccess.read(fixture.database, r -> r.codebook().responseTypes()).stream()
                .collect(java.util.stream.Collectors.toMap(ResponseType::id, ResponseType::name));
        String text = pdf.flatText();
        assertThat(fixture.items).hasSize(14);
        for (Item item : fixture.items) {
            Annotation a = PackFixtureCase.ANNOTATIONS.get(item.path());
            List<String> blocks = itemBlocks(text, item.path());
            assertThat(blocks).as("blocks headed Item " + item.path()).isNotEmpty();
            String response = item.response().map(r -> openingWords(r, 6)).orElse("No response given");
            assertThat(blocks).as("a block for item %s with all it should say", item.path()).anySatisfy(block -> {
                assertThat(block).contains(openingWords(item.concern(), 6)).contains("Concern").containsPattern("(?i)\\bresponse\\b")
                        .contains(response).contains("Our stance: " + STANCE_LABELS.get(a.stance()))
                        .contains(PdfReadback.flat(a.rationale()));
                a.responseTypes().forEach(id -> assertThat(block).contains(responseTypes.get(id)));
            });
        }
        assertThat(text).contains("No response given");
        List.of(Stance.AGREE, Stance.PARTLY_AGREE, Stance.DISPUTE, Stance.UNANSWERED)
                .forEach(s -> assertThat(text).contains("Our stance: " + STANCE_LABELS.get(s)));
    }

    @Test
    void theRegisterListsEveryCommitmentWithItsStatusOverdueFirst() {
        List<Entry> entries = contents();
        String register = pdf.flatTextInDrawingOrder(pageOf(entries, "Commitments"),
                pageOf(entries, "The letters in full") - 1);
        List<String> texts = List.of(PackFixtureCase.OVERDUE, PackFixtureCase.KEPT, PackFixtureCase.OPEN,
                PackFixtureCase.BROKEN);
        texts.forEach(t -> assertThat(register).contains(t));
        int overdue = register.indexOf(PackFixtureCase.OVERDUE);
        texts.subList(1, texts.size()).forEach(t -> assertThat(overdue).as("overdue before " + t)
                .isLessThan(register.indexOf(t)));
        assertThat(register.toLowerCase(java.util.Locale.ROOT)).contains("open", "kept", "broken");
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() {
        int total = pdf.pageCount();
        IntStream.rangeClosed(1, total).forEach(page -> assertThat(pdf.footer(page))
                .as("footer of page %d: %s", page, lines(page)).containsExactly(page, total));
    }

    @Test
    void isTaggedWithEmbeddedFontsAndAVectorChartDescribedInWords() {
        assertThat(pdf.isMarked()).isTrue();
        assertThat(pdf.structureKids()).isPositive();
        assertThat(pdf.elements()).extracting(PdfReadback.Element::standardType).contains("P")
                .anyMatch(type -> type.matches("H[1-6]"));
        assertThat(pdf.elements()).filteredOn(e -> "Figure".equals(e.standardType())).isNotEmpty()
                .allSatisfy(e -> assertThat(e.alt()).isNotBlank());
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
        int summary = pageOf(contents(), "Summary");
        assertThat(pdf.images(summary)).as("images on the summary page, where the chart is").isZero();
    }

    @Test
    void itemsWithoutAThemeComeUnderOtherConcerns() {
        // Items 2 and 6 have no theme: they are what "Other concerns" is for.
        List<Entry> entries = contents();
        String other = pdf.flatText(pageOf(entries, "Other concerns"), pageOf(entries, "Commitments") - 1);
        assertThat(itemBlocks(other, "2")).isNotEmpty();
        assertThat(itemBlocks(other, "6")).isNotEmpty();
        assertThat(itemBlocks(other, "1/a")).isEmpty();
    }

    // --- reading the pack ---

    static List<String> lines(int page) {
        return pdf.lines(page);
    }

    private static List<Entry> contents() {
        return pdf.contents(2).stream().map(e -> new Entry(e.title(), e.page())).toList();
    }

    private static int pageOf(List<Entry> entries, String title) {
        return entries.stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow().page();
    }

    /** The themes the fixture confirmed on some item, by name, as a contents page lists them. */
    private static List<String> usedThemeNames() {
        List<Theme> themes = CaseAccess.read(fixture.database, r -> r.codebook().themes());
        return themes.stream().filter(t -> PackFixtureCase.ANNOTATIONS.values().stream()
                .anyMatch(a -> a.themes().contains(t.id()))).map(Theme::name).toList();
    }

    private static Optional<Integer> firstPageWithLine(String line, int from) {
        return IntStream.rangeClosed(from, pdf.pageCount()).filter(p -> lines(p).contains(line)).boxed().findFirst();
    }

    /**
     * Whether the page's text starts with the heading, after at most a running header: lines that the page next to
     * it also has at its top.
     */
    private static boolean startsWithHeading(int page, String heading) {
        List<String> lines = lines(page);
        List<String> neighbour = page + 1 <= pdf.pageCount() ? lines(page + 1) : lines(page - 1);
        List<String> top = neighbour.subList(0, Math.min(3, neighbour.size()));
        for (int start = 0; start < lines.size(); start++) {
            if (PdfReadback.flat(String.join(" ", lines.subList(start, lines.size()))).startsWith(heading)) {
                return true;
            }
            if (!top.contains(lines.get(start))) {
                return false;
            }
        }
        return false;
    }

    /** Each stretch of text from a heading "Item PATH" to the next item heading. */
    static List<String> itemBlocks(String flatText, String path) {
        Pattern heading = Pattern.compile("Item " + Pattern.quote(path) + "(?![/\\w])");
        Pattern next = Pattern.compile("Item \\d+(?:/\\w+)*(?![/\\w])");
        List<String> blocks = new ArrayList<>();
        Matcher m = heading.matcher(flatText);
        while (m.find()) {
            Matcher end = next.matcher(flatText);
            int stop = end.find(m.end()) ? end.start() : flatText.length();
            blocks.add(flatText.substring(m.start(), stop));
        }
        return blocks;
    }

    static String openingWords(String text, int count) {
        String[] words = PdfReadback.flat(text).split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    }
}
