package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casebook.importing.model.LetterMetadata;
import org.casebook.importing.model.LetterMetadata.MeetingMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MetadataFinderTest {

    private final MetadataFinder finder = new MetadataFinder();

    private static final String LETTER = """
            Dear Sam and colleagues

            I am writing further to the concerns raised by you and colleagues at the Trust Board on 26 May 2021.
            We will report back to the Quality Committee meeting on 3rd September 2021.

            1. Pay is too low.
            We are reviewing it.

            Yours sincerely,

            Alex Example
            Chair
            """;

    @Test
    void findsSalutationAndWhomItAddresses() {
        LetterMetadata found = finder.find(LETTER);
        assertThat(found.salutation()).contains("Dear Sam and colleagues");
        assertThat(found.addressee()).contains("Sam and colleagues");
    }

    @Test
    void findsTheNameUnderTheLastSignOff() {
        assertThat(finder.find(LETTER).signedBy()).contains("Alex Example");
        assertThat(finder.find("No sign-off here.").signedBy()).isEmpty();
    }

    @Test
    void offersMeetingsNamedWithTheirDates() {
        assertThat(finder.find(LETTER).meetings()).containsExactly(
                new MeetingMention("Trust Board", LocalDate.of(2021, 5, 26)),
                new MeetingMention("Quality Committee", LocalDate.of(2021, 9, 3)));
        assertThat(new MeetingMention("Trust Board", LocalDate.of(2021, 5, 26)).label()).isEqualTo("Trust Board, 26 May 2021");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Yours sincerely,", "Kind regards", "All the best", "With best wishes", "Many thanks"})
    void knowsTheCommonSignOffs(String signOff) {
        assertThat(finder.find("We will write again.\n\n" + signOff + "\n\nRobin Example\nDirector").signedBy())
                .contains("Robin Example");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "raised on 26 May 2021.|2021-05-26",
            "dated 1st Sept 2021|2021-09-01",
            "by 2 September 2021,|2021-09-02",
            "on May 26, 2021 we met|2021-05-26",
            "received 20/06/2021|2021-06-20",
    })
    void readsDatesWrittenInTheUsualBritishWays(String text, LocalDate expected) {
        assertThat(finder.find(text).dates()).containsExactly(expected);
    }

    @Test
    void ignoresImpossibleDatesAndKeepsOrderWithoutRepeats() {
        assertThat(finder.find("31 February 2021, then 2 March 2021, then 1 March 2021 and 2 March 2021 again").dates())
                .containsExactly(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 1));
    }
}
