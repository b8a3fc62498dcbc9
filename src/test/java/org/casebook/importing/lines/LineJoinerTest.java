package org.casebook.importing.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineJoinerTest {

    private static final String FULL = "x".repeat(100);
    private final LineJoiner joiner = LineJoiner.forLines(List.of(FULL, FULL, FULL, FULL));

    @ParameterizedTest(name = "\"{0}\" then \"{1}\" ends a paragraph: {2}")
    @CsvSource(delimiter = '|', value = {
        "1. Funding has been refused.                     | NHSE offered funds.          | true",
        "blocking the careers of LXPs?                    | The above would support      | true",
        "the KUF course resulted in EBE being unable to earn £300 a | day              | false",
        "as a board ensure that you remain committed and  | Compassionate to our inclusion | false",
        "within BSMHFT and FTB who concluded it was not viable because, | - KUF training is limited | true",
        "On behalf of the Board I would like to thank you. | All the best                | true",
        "We are sorry that you consider this the case. We remain committed to working with you on it all, | listening | false"})
    void endsAParagraphOnlyWhereTheNextWordWouldHaveFitted(String line, String next, boolean ends) {
        assertThat(joiner.endsParagraph(line, next)).isEqualTo(ends);
    }
}
