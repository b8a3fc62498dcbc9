package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"We have no knowledge of this being the case.", "This is not the case.",
        "Our understanding is that the service was decommissioned.", "We do not agree that the decision was wrong.",
        "The Leader responded that funding would be reviewed."})
    void hearsTheAnsweringBody(String sentence) {
        assertThat(Voice.score(sentence)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How will you as a board ensure that this does not happen again?",
        "Do you feel liable for the harm we have experienced?", "Will the board pledge full support?",
        "\"Will the Council restore the funding?\""})
    void hearsTheConcernAsRaised(String sentence) {
        assertThat(Voice.score(sentence)).isNegative();
    }

    @Test
    void splitsSentencesButNotAtTitlesOrInitials() {
        String text = "Question from Ms J. Smith was read out. The Leader replied. Was it enough? Yes.";

        List<Voice.Span> spans = Voice.sentences(text);

        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Question from Ms J. Smith was read out.", "The Leader replied.", "Was it enough?", "Yes.");
    }

    @Test
    void aFollowUpQuestionContinuesTheConcernButAnAnswerDoesNot() {
        assertThat(Voice.continuesConcern("How will you make sure this does not happen again?")).isTrue();
        assertThat(Voice.continuesConcern("compassionate to our inclusion?")).isTrue();
        assertThat(Voice.continuesConcern("We will involve the network.")).isFalse();
        assertThat(Voice.continuesConcern("The above would support our commitment to this.")).isFalse();
    }
}
