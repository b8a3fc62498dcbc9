package org.casebook.report;

import java.util.List;
import org.casebook.report.model.RedactedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    private final Redactor redactor = Redactor.of(List.of(
            new RedactedName("Tamar", "Addressee"),
            new RedactedName("Danielle Oum", "Chair")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Dear Tamar and colleagues     | Dear [Addressee] and colleagues",
            "DEAR TAMAR                    | DEAR [Addressee]",
            "dear tamar                    | dear [Addressee]",
            "Tamar's concerns              | [Addressee]'s concerns",
            "Tamar’s concerns              | [Addressee]’s concerns",
            "'Tamar, Tamar; (Tamar). \"Tamar\"!' | '[Addressee], [Addressee]; ([Addressee]). \"[Addressee]\"!'",
            "Tamar-Jones                   | [Addressee]-Jones",
            "Tamara and Atamar stay        | Tamara and Atamar stay",
            "Tamar2 is a code              | Tamar2 is a code",
            "O'Tamar is someone else       | O'Tamar is someone else",
    })
    void hidesAListedNameAsAWholeWordInAnyCase(String text, String redacted) {
        assertThat(redactor.apply(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "All the best, Danielle Oum                 | All the best, [Chair]",
            "DANIELLE OUM said                          | [Chair] said",
            "Danielle said                              | [Chair] said",
            "Ms Oum's reply                             | Ms [Chair]'s reply",
            "Danielle Oum's reply                       | [Chair]'s reply",
            "Dr Danielle Oum                            | Dr [Chair]",
            "Oum, Danielle                              | [Chair], [Chair]",
            "Danielle Oumou is someone else             | [Chair] Oumou is someone else",
    })
    void hidesAFullNameAsOneRoleAndEachOfItsPartsOnItsOwn(String text, String redacted) {
        assertThat(redactor.apply(text)).isEqualTo(redacted);
    }

    @Test
    void hidesAFullNameBrokenOverTwoLines() {
        assertThat(redactor.apply("signed by Danielle\n\nOum on 20 June")).isEqualTo("signed by [Chair] on 20 June");
    }

    @Test
    void hidesPartsOnlyWhereTheyAreWrittenAsNamesSinceManyNamesAreWordsToo() {
        Redactor wills = Redactor.of(List.of(new RedactedName("Will May", "Trust officer")));

        assertThat(wills.apply("Will May said we will meet in May; WILL agreed."))
                .isEqualTo("[Trust officer] said we will meet in [Trust officer]; [Trust officer] agreed.");
    }

    @Test
    void leavesTitlesParticlesAndInitialsOfAFullNameAlone() {
        Redactor anna = Redactor.of(List.of(new RedactedName("Dr Anna J. de Vries", "Chair")));

        assertThat(anna.apply("Dr Anna J. de Vries; Dr Vries; J. Anna; de facto"))
                .isEqualTo("[Chair]; Dr [Chair]; J. [Chair]; de facto");
    }

    @Test
    void aNameListedOnItsOwnKeepsItsRoleOverThePartOfAnotherName() {
        Redactor two = Redactor.of(List.of(
                new RedactedName("Sam Lee", "Chair"),
                new RedactedName("Lee", "Addressee"),
                new RedactedName("Jo Sam", "Trust officer")));

        assertThat(two.apply("Sam Lee, Lee, Sam, Jo Sam, Jo"))
                .isEqualTo("[Chair], [Addressee], [Chair], [Trust officer], [Trust officer]");
    }

    @Test
    void quotesNamesThatHoldRegexCharactersAndRolesThatHoldReplacementCharacters() {
        Redactor odd = Redactor.of(List.of(new RedactedName("A.J. (Jo) Smith+", "$1 \\officer")));

        assertThat(odd.apply("From A.J. (Jo) Smith+ and AxJ. (Jo) Smith+")).isEqualTo(
                "From [$1 \\officer] and AxJ. ([$1 \\officer]) [$1 \\officer]+");
    }

    @Test
    void leavesTextWithoutListedNamesUnchanged() {
        String text = "The Board thanks the Forum for its work.\nAll the best";

        assertThat(redactor.apply(text)).isEqualTo(text);
        assertThat(redactor.apply("")).isEmpty();
    }

    @Test
    void changesNothingWithoutNames() {
        String text = "Dear Tamar, Danielle Oum";

        assertThat(Redactor.none().apply(text)).isEqualTo(text);
        assertThat(Redactor.of(List.of()).apply(text)).isEqualTo(text);
    }

    @Test
    void knowsWhichNamesItHidesAlready() {
        assertThat(redactor.hides("Tamar")).isTrue();
        assertThat(redactor.hides("TAMAR")).isTrue();
        assertThat(redactor.hides("Oum")).isTrue();
        assertThat(redactor.hides("Dr Danielle Oum")).isTrue();
        assertThat(redactor.hides("Tamar Smith")).isFalse();
        assertThat(redactor.hides("Tamara")).isFalse();
        assertThat(Redactor.none().hides("Tamar")).isFalse();
    }
}
