package org.casebook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void wrappedLinesStayInOneSentenceAndEmptyLinesEndOne() {
        String text = "We will review the\npolicy, e.g. the rates, by May. Then we report\r\nback\n\nHeading without stop\nNext one.";

        assertThat(Sentences.of(text)).extracting(s -> s.in(text)).containsExactly(
                "We will review the\npolicy, e.g. the rates, by May.", "Then we report\r\nback",
                "Heading without stop\nNext one.");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  First one.  Second one.  ";

        assertThat(Sentences.of(text)).extracting(s -> s.start() + "-" + s.end()).containsExactly("2-12", "14-25");
    }
}
