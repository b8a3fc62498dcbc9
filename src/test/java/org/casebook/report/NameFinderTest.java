package org.casebook.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.importing.Fixtures;
import org.casebook.report.NameFinder.FoundName;
import org.casebook.report.NameFinder.Place;
import org.casebook.report.model.RedactedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

class NameFinderTest {

    private final NameFinder finder = new NameFinder();

    @Test
    void findsTamarInTheSalutationAndDanielleSigningForTheBoardInTheRealLetter() throws IOException {
        String letter = Files.readString(Fixtures.trustBoardReply("letter.txt"), StandardCharsets.UTF_8);

        assertThat(finder.find(letter)).containsExactly(
                new FoundName("Tamar", NameFinder.ADDRESSEE, Place.SALUTATION),
                new FoundName("Danielle", NameFinder.CHAIR, Place.SIGN_OFF));
    }

    @Test
    void findsBothSignatoriesOfTheSampleLetterWithTheRolesUnderTheirNames() throws IOException {
        String source = Files.readAllLines(Path.of("src/test/resources/sample/northvale-reply.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");

        assertThat(finder.find(source)).containsExactly(
                new FoundName("Ruth Calloway", "Chair", Place.SIGN_OFF),
                new FoundName("Martin Asher", "Chief Executive", Place.SIGN_OFF));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Dear Tamar                       | Tamar",
            "Dear Tamar and colleagues        | Tamar",
            "' Dear Tamar and colleagues '    | Tamar",
            "Dear Tamar and Colleagues,       | Tamar",
            "Dear Ms Smith,                   | Smith",
            "Dear Dr Tamar Smith              | Tamar Smith",
            "Dear Prof. Ann Lee:              | Ann Lee",
            "Dear Mx Jo Bloggs-Hart           | Jo Bloggs-Hart",
            "Dear Mr O'Brien                  | O'Brien",
            "Dear Anna de Vries               | Anna de Vries",
            "dear Zoë                         | Zoë",
            "'Dear Tamar, Raj and Sam'        | Tamar;Raj;Sam",
            "'Dear Tamar, Raj & colleagues,'  | Tamar;Raj",
            "'Dear Tamar, thank you for your letter.' | Tamar",
    })
    void findsTheNamesInASalutationWithoutTheirTitles(String salutation, String names) {
        assertThat(finder.find(salutation)).extracting(FoundName::name).containsExactly(names.split(";"));
        assertThat(finder.find(salutation)).extracting(FoundName::role).containsOnly(NameFinder.ADDRESSEE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dear colleagues", "Dear Colleagues,", "Dear Sir/Madam", "Dear Sir or Madam,", "Dear Sir",
            "Dear all", "Dear All,", "Dear members", "Dear members of the Lived Experience Practitioners' Forum",
            "Dear Board Members", "Dear Chair", "Dear Chief Executive", "Dear LXP Forum", "Dear Dr",
            "Dear everyone", "Dear Friends", "Dearest Tamar", "Dear as that was, the course went ahead.",
            "We hold Tamar dear"})
    void findsNoNameInASalutationToAGroupOrARole(String salutation) {
        assertThat(finder.find(salutation)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "All the best\\n\\n \\nDanielle                                     | Danielle         | Trust officer",
            "On behalf of the Board I thank you.\\nAll the best\\n\\nDanielle       | Danielle         | Chair",
            "Yours sincerely\\n\\nDanielle\\nOn behalf of the Board               | Danielle         | Chair",
            "Yours sincerely,\\nDr Danielle Oum\\nChief Executive\\nNorthvale NHS Trust | Danielle Oum | Chief Executive",
            "Kind regards\\nSam Patel\\nDirector of People,                       | Sam Patel        | Director of People",
            "Best wishes\\nJo Hart\\nHead of Patient Experience                   | Jo Hart          | Head of Patient Experience",
            "Yours faithfully\\nAnn Lee\\nChairman                                | Ann Lee          | Chairman",
            "Yours faithfully\\nAnn Lee\\nVice Chair, Northvale Trust             | Ann Lee          | Vice Chair, Northvale Trust",
            "Best wishes, Danielle                                                | Danielle         | Trust officer",
            "Many thanks\\nJ. R. Smith                                            | J. R. Smith      | Trust officer",
            "With kind regards\\n\\nAnna de Vries                                  | Anna de Vries    | Trust officer",
    })
    void findsTheSignatoryAfterAValedictionWithARole(String text, String name, String role) {
        assertThat(finder.find(text.replace("\\n", "\n")))
                .containsExactly(new FoundName(name, role, Place.SIGN_OFF));
    }

    @Test
    void findsEachSignatoryOfALetterSignedByTwo() {
        String text = "Yours sincerely\n\nRuth Calloway\nChair\n\nMartin Asher\nChief Executive\n\nEnc. minutes";

        assertThat(finder.find(text)).extracting(FoundName::name, FoundName::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ruth Calloway", "Chair"),
                        org.assertj.core.groups.Tuple.tuple("Martin Asher", "Chief Executive"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Yours faithfully\n\nThe Patient Experience Team",
            "Kind regards\nPatient Experience",
            "Yours sincerely\n\nNorthvale and Kestrel NHS Foundation Trust",
            "Yours sincerely\n\nNHS England",
            "Yours sincerely\n\nChief Executive\nChair",
            "Yours sincerely\n\nWe will write again in the spring.",
            "Many thanks for your letter of 3 May.\nDanielle",
            "Regards to everyone at the Forum",
            "Best wishes for the new year",
            "Danielle\nChair",
    })
    void findsNoSignatoryWhereNoPersonSigns(String text) {
        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void listsANameOnceWhateverItsCaseAndKeepsItsFirstPlace() {
        String text = "Dear Tamar,\nThank you.\nBest wishes\nDanielle\n\nDear TAMAR\nYours sincerely\ndanielle oum\nDanielle";

        assertThat(finder.find(text)).extracting(FoundName::name).containsExactly("Tamar", "Danielle");
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("\n \n")).isEmpty();
    }

    @Test
    void aFoundNameBecomesANameToHide() {
        assertThat(new FoundName("Tamar", "Addressee", Place.SALUTATION).toRedactedName())
                .isEqualTo(new RedactedName("Tamar", "Addressee"));
    }
}
