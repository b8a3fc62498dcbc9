package org.casebook.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which e-mail bodies are only a cover note for an attached letter (the phrases are in cover-note.properties). */
class EmailCoverNoteTest {

    private final CoverNote coverNote = CoverNote.standard();

    @ParameterizedTest
    @ValueSource(strings = {
            "Dear Tamar,\n\nPlease find attached our response to your concerns.\n\nKind regards,\nFOI Team",
            "Hello, attached is our response. Thanks",
            "See attached.",
            "Good afternoon\n\nI attach the Trust's reply to the questions raised at the Board.\n\nDanielle",
            "Please see the attached letter from the Chief Executive.",
            "Dear Ms Smith, Your request for information is attached. Regards"
    })
    void aShortNoteSayingTheLetterIsAttachedIsACoverNote(String body) {
        assertThat(coverNote.isCover(body)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dear Tamar,\n\nThank you for your e-mail. We will reply by 30 June.\n\nFOI Team",
            "Dear Tamar, the Board discussed this attachment issue at length.",
            "This is the Trust's reply.",
    })
    void aNoteThatDoesNotSayTheLetterIsAttachedIsNot(String body) {
        assertThat(coverNote.isCover(body)).isFalse();
    }

    @Test
    void aLongLetterThatMentionsAnAttachmentIsTheLetterItself() {
        String letter = "Dear Tamar,\n\nPlease find attached the minutes; our answers follow.\n\n"
                + "1. Pay. The Trust has reviewed the rate of pay for experts by experience and will raise it. ".repeat(30);
        assertThat(coverNote.isCover(letter)).isFalse();
    }
}
