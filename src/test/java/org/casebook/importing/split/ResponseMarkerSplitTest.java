package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.importing.model.SplitResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explicit markers decide the boundary even where the response's wording would not. */
class ResponseMarkerSplitTest {

    private static final String CONCERN = "Why was the trainer post cut?";
    // Not in the answering body's voice on purpose: only the marker can show where it starts.
    private static final String RESPONSE = "The post had been vacant for a year.";

    @ParameterizedTest(name = "[{0}] on its own paragraph")
    @CsvSource(delimiter = '|', value = {"Response:", "Answer:", "Reply:", "Our response:", "Trust response:",
        "Written response:", "RESPONSE:", "Response -", "Our answer:"})
    void stripsAMarkerThatOpensTheResponseParagraph(String marker) {
        SplitResult result = SplitAssertions.splitPasted(
                "Dear Board\n\n1. " + CONCERN + "\n\n" + marker + " " + RESPONSE + "\n\n2. Who decided?\n\n" + marker + " A panel of three.");

        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0).concern()).isEqualTo(CONCERN);
        assertThat(result.items().get(0).response()).contains(RESPONSE);
        assertThat(result.items().get(1).response()).contains("A panel of three.");
        SplitAssertions.spansPointAtTheirText(result);
    }

    @ParameterizedTest(name = "[{0}] inside the concern's paragraph")
    @CsvSource(delimiter = '|', value = {"Response:", "Answer:", "Reply:", "Our response:", "Trust response:", "Written response:"})
    void findsAMarkerInsideTheConcernParagraph(String marker) {
        SplitResult result = SplitAssertions.splitPasted("1. " + CONCERN + " " + marker + " " + RESPONSE);

        assertThat(result.items().get(0).concern()).isEqualTo(CONCERN);
        assertThat(result.items().get(0).response()).contains(RESPONSE);
        SplitAssertions.spansPointAtTheirText(result);
    }

    @ParameterizedTest(name = "[{0}] on the next line of the same block")
    @CsvSource(delimiter = '|', value = {"Response:", "Our response:", "Answer:"})
    void findsAMarkerOnTheLineAfterTheConcern(String marker) {
        SplitResult result = SplitAssertions.splitPasted("1. " + CONCERN + "\n" + marker + " " + RESPONSE + "\n");

        assertThat(result.items().get(0).concern()).isEqualTo(CONCERN);
        assertThat(result.items().get(0).response()).contains(RESPONSE);
    }

    @ParameterizedTest(name = "[{0}] marker before the concern")
    @CsvSource(delimiter = '|', value = {"You asked:", "Question:", "Request:"})
    void stripsAConcernMarkerFromTheConcern(String marker) {
        SplitResult result = SplitAssertions.splitPasted("1. " + marker + " " + CONCERN + "\nOur response: " + RESPONSE);

        assertThat(result.items().get(0).concern()).isEqualTo(CONCERN);
        assertThat(result.items().get(0).response()).contains(RESPONSE);
    }
}
