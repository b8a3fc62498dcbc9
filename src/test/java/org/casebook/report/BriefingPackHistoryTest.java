package org.casebook.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.casebook.app.Services;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.ProgressListener;
import org.casebook.report.PdfReadback.ContentsEntry;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.casebook.service.CaseAccess;
import org.casebook.service.SecondReplyCase;
import org.casebook.service.ThreadService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history section, read back from packs the real pack service makes of the sample case and its made-up second
 * reply (src/test/resources/threads/second-reply.txt), with the funding concern linked across the two letters: the
 * first reply refused the funding, the second funds the posts, so the thread's steps are "New" then "Reversed".
 */
class BriefingPackHistoryTest {

    private static final String THREAD = "Funding for two practitioner posts";
    private static final String FIRST = "Reply to the Forum's questions at the Trust Board";
    private static final String SECOND = "Second reply to the Forum";

    @TempDir
    static Path temp;

    private static SecondReplyCase letters;
    private static Services services;
    /** The pack of the whole case, made once: most tests only read it. */
    private static PdfReadback whole;

    @BeforeAll
    static void linkTheFundingConcern() {
        services = PackFixtureCase.services(temp.resolve("home"));
        letters = SecondReplyCase.create(services, temp);
        ThreadService threads = services.threadService();
        ConcernThread thread = threads.confirmLink(letters.database, letters.first("2"), letters.second("2"))
                .after().get(0);
        // A short title, so that its contents line does not wrap.
        threads.rename(letters.database, thread.id(), THREAD);
        whole = build(PackScope.everything());
    }

    @AfterAll
    static void close() {
        letters.database.close();
    }

    @Test
    void theContentsListTheHistoryWithTheThreadUnderItAtTheRightPage() {
        List<ContentsEntry> contents = whole.contents(2);

        List<String> titles = contents.stream().map(ContentsEntry::title).toList();
        assertThat(titles).containsSubsequence("Commitments", "History of answers", THREAD, "The letters in full");
        assertThat(titles.get(titles.indexOf("History of answers") + 1)).isEqualTo(THREAD);
        int history = pageOf(contents, "History of answers");
        int thread = pageOf(contents, THREAD);
        assertThat(firstPageWithLine(whole, "History of answers")).as("first page after the contents with the heading")
                .isEqualTo(history);
        assertThat(whole.lines(thread)).contains(THREAD);
        assertThat(thread).isBetween(history, pageOf(contents, "The letters in full"));
    }

    @Test
    void theHistoryListsBothStepsWithHowTheAnswerChanged() {
        List<ContentsEntry> contents = whole.contents(2);

        String section = whole.flatText(pageOf(contents, "History of answers"),
                pageOf(contents, "The letters in full") - 1);
        assertThat(section).containsSubsequence(THREAD, "Item 2, " + FIRST, "How the answer changed: New",
                "Item 2, " + SECOND, "How the answer changed: Reversed");
        assertThat(section).contains("will fund two permanent band 5").doesNotContain("(not in this pack)");
    }

    @Test
    void theBookmarksHoldTheHistoryAndItsThread() {
        assertThat(whole.bookmarks()).contains(new PdfReadback.Bookmark("History of answers", 0),
                new PdfReadback.Bookmark(THREAD, 1));
    }

    @Test
    void aStepFromALetterLeftOutOfThePackIsMarkedSo() {
        long second = CaseAccess.read(letters.database, r -> r.items().all()).stream()
                .filter(i -> i.id() == letters.second("2")).findFirst().orElseThrow().letterId();
        PdfReadback pdf = build(PackScope.everything().withLetters(Set.of(second)));

        assertThat(pdf.flatText()).containsSubsequence("History of answers", THREAD, "Item 2, " + FIRST,
                "(not in this pack)", "How the answer changed: New", "Item 2, " + SECOND, "Reversed");
    }

    private static PdfReadback build(PackScope scope) {
        PackDocument pack = services.packService().build(letters.database,
                PackRequests.of(scope, PackOptions.standard("Briefing", PackFixtureCase.MEETING)), ProgressListener.NONE);
        return PdfReadback.of(pack.pdf());
    }

    private static int pageOf(List<ContentsEntry> contents, String title) {
        return contents.stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow().page();
    }

    private static int firstPageWithLine(PdfReadback pdf, String line) {
        return IntStream.rangeClosed(3, pdf.pageCount()).filter(p -> pdf.lines(p).contains(line)).findFirst()
                .orElseThrow();
    }
}
