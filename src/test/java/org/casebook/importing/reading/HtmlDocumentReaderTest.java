package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.LineStyle;
import org.casebook.importing.model.SourceLine;
import org.casebook.importing.model.SourceText;
import org.casebook.importing.model.StyleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saved web pages (src/test/resources/html, see its README) read as letters, the site's furniture left out. */
class HtmlDocumentReaderTest {

    @TempDir
    Path temp;

    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    @ParameterizedTest(name = "{0} leaves out \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ghc-foi-peer-support-workers.html|Skip to main content",
            "ghc-foi-peer-support-workers.html|We use cookies",
            "ghc-foi-peer-support-workers.html|Accept cookies",
            "ghc-foi-peer-support-workers.html|with you, for you",
            "ghc-foi-peer-support-workers.html|Make a request",
            "ghc-foi-peer-support-workers.html|Contact us",
            "ghc-foi-peer-support-workers.html|Related responses",
            "ghc-foi-peer-support-workers.html|Agency staff spending",
            "ghc-foi-peer-support-workers.html|Accessibility statement",
            "ghc-foi-peer-support-workers.html|dataLayer",
            "ghc-foi-peer-support-workers.html|position: fixed",
            "wdtk-nhs-england-foi-outcomes.html|Skip to content",
            "wdtk-nhs-england-foi-outcomes.html|uses cookies",
            "wdtk-nhs-england-foi-outcomes.html|Browse requests",
            "wdtk-nhs-england-foi-outcomes.html|Sign in",
            "wdtk-nhs-england-foi-outcomes.html|Follow this request",
            "wdtk-nhs-england-foi-outcomes.html|Similar requests",
            "wdtk-nhs-england-foi-outcomes.html|Link to this",
            "wdtk-nhs-england-foi-outcomes.html|Powered by Alaveteli",
            "wdtk-nhs-england-foi-outcomes.html|documentElement",
            "rbwm-budget-public-questions.html|Royal Borough of Windsor and Maidenhead",
            "rbwm-budget-public-questions.html|Committees",
            "rbwm-budget-public-questions.html|Calendar",
            "rbwm-budget-public-questions.html|Powered by Modern.Gov"
    })
    void leavesOutTheSitesFurniture(String page, String furniture) throws Exception {
        assertThat(read(page).fullText()).doesNotContain(furniture);
    }

    @ParameterizedTest(name = "{0} keeps \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ghc-foi-peer-support-workers.html|Freedom of Information request GHC-16122024-355965",
            "ghc-foi-peer-support-workers.html|We are interested in the role of peer support workers within your organisation.",
            "ghc-foi-peer-support-workers.html|Are the posts voluntary or paid and if paid at what banding?",
            "ghc-foi-peer-support-workers.html|There are no vacancies in acute in-patient setting",
            "wdtk-nhs-england-foi-outcomes.html|Outcome of NHS England FOI requests",
            "wdtk-nhs-england-foi-outcomes.html|3) How many of these Freedom of Information requests were refused?",
            "wdtk-nhs-england-foi-outcomes.html|Thank you for your communication dated 06/01/2021.",
            "rbwm-budget-public-questions.html|What is the 2024/25 assumption for the number of residential placements"
    })
    void keepsTheQuestionsAndAnswers(String page, String text) throws Exception {
        assertThat(read(page).fullText()).contains(text);
    }

    @Test
    void honoursTheMetaCharsetOfAPageSavedInWindows1252() throws Exception {
        assertThat(read("ghc-foi-peer-support-workers.html").fullText())
                .contains("but don\u2019t think this counts as acute")
                .contains("PSW\u2019s & LXP\u2019s")
                .contains("Request \u2013 Ref:");
    }

    @Test
    void honoursAByteOrderMarkThroughTheStandardReaders() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] page = "<html><body><div>Experts are paid \u00A320 a day<p>\u2018Flexible\u2019 rate</p>and no more</div></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        Path file = Files.write(temp.resolve("saved by notepad.htm"), concat(bom, page));
        SourceText text = DocumentReaders.standard().read(file);
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(texts(text)).containsExactly("Experts are paid \u00A320 a day", "\u2018Flexible\u2019 rate", "and no more");
    }

    @Test
    void givesEachItemOfANumberedListTheNumberTheBrowserDraws() throws Exception {
        List<String> lines = texts(read("ghc-foi-peer-support-workers.html"));
        assertThat(lines).contains(
                "1. How many peer support workers are employed within acute inpatient mental health settings",
                "2. Are the posts voluntary or paid and if paid at what banding?",
                "4. What strategies and policy documents do you have in place in relation to supporting peer support "
                        + "workers in their roles?");
        // A number already in the text is not drawn twice.
        assertThat(lines).noneMatch(l -> l.startsWith("1. 1."));
    }

    @Test
    void keepsItalicAnswersItalicAndBlocksAsParagraphs() throws Exception {
        SourceText text = read("ghc-foi-peer-support-workers.html");
        SourceLine answer = line(text, "We have no PSWs employed");
        assertThat(answer.style()).isEqualTo(LineStyle.ITALIC);
        assertThat(answer.endsParagraph()).isTrue();
        assertThat(line(text, "Our response:").style()).isEqualTo(LineStyle.ROMAN);
        assertThat(text.styled()).isTrue();
        assertThat(text.mediaType()).isEqualTo(DocumentFormat.HTML.mediaType());
    }

    @Test
    void endsALineAtEachBreakAndAParagraphAtTwo() throws Exception {
        SourceText text = read("wdtk-nhs-england-foi-outcomes.html");
        SourceLine second = line(text, "2) How many of these");
        assertThat(second.text()).isEqualTo("2) How many of these Freedom of Information requests were successful and "
                + "resulted in information being released?");
        assertThat(second.endsParagraph()).isFalse();
        assertThat(line(text, "Dear NHS England,").endsParagraph()).isTrue();
        assertThat(line(text, "6) How many").endsParagraph()).isTrue();
    }

    @Test
    void readsATableRowAsOneParagraphWithItsCellsApartByATab() throws Exception {
        SourceText text = read("rbwm-budget-public-questions.html");
        assertThat(texts(text)).contains("Question\tResponse");
        SourceLine row = line(text, "John Baldwin of Boyn Hill ward");
        String[] cells = row.text().split("\t");
        assertThat(cells).hasSize(2);
        assertThat(cells[0]).endsWith("or whatever terminology is in use?");
        assertThat(cells[1]).startsWith("The budget process requires").endsWith("560 Full Year Effect (FYE) places.");
        int italicEnd = row.text().indexOf("2023.") + "2023.".length();
        assertThat(row.runs()).anySatisfy(run -> {
            assertThat(run.italic()).isTrue();
            assertThat(run.start()).isEqualTo(cells[0].length() + 1);
            assertThat(run.end()).isEqualTo(italicEnd);
        });
        assertThat(row.runs()).filteredOn(StyleRun::italic).hasSize(1);
    }

    @Test
    void drawsLettersAndBulletsForOtherListsAndHonoursStart() throws IOException {
        SourceText text = reader.read(page("lists.html", "<html><body><main>"
                + "<ol type=\"a\" start=\"2\"><li>Pay</li><li><p>Posts</p><p>More on posts</p></li></ol>"
                + "<ul><li>Training</li></ul><ol><li value=\"7\">Seventh</li><li>Eighth</li></ol></main></body></html>"));
        assertThat(texts(text)).containsExactly("b. Pay", "c. Posts", "More on posts", "\u2022 Training", "7. Seventh",
                "8. Eighth");
    }

    @Test
    void refusesAPageWithNoTextOfItsOwn() throws IOException {
        Path file = page("menu only.html", "<!DOCTYPE html><html><head><script>var x = 1;</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><div class=\"cookie-banner\">We use cookies</div><img src=\"a.png\">"
                + "<footer>Copyright</footer></body></html>");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("menu only.html: " + HtmlDocumentReader.NO_TEXT);
    }

    @Test
    void isReadThroughTheStandardReadersWhateverTheFileIsCalled() throws Exception {
        Path copy = Files.copy(resource("ghc-foi-peer-support-workers.html"), temp.resolve("response.txt"));
        SourceText text = DocumentReaders.standard().read(copy);
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(text.fullText()).doesNotContain("We use cookies").contains("Our response:");
    }

    private SourceText read(String page) throws URISyntaxException {
        return reader.read(resource(page));
    }

    private Path page(String name, String html) throws IOException {
        return Files.writeString(temp.resolve(name), html, StandardCharsets.UTF_8);
    }

    static Path resource(String page) throws URISyntaxException {
        return Path.of(HtmlDocumentReaderTest.class.getResource("/html/" + page).toURI());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static List<String> texts(SourceText text) {
        return text.lines().stream().map(SourceLine::text).toList();
    }

    private static SourceLine line(SourceText text, String start) {
        return text.lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in " + texts(text)));
    }
}
