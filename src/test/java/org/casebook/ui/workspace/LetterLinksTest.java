package org.casebook.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.domain.Letter;
import org.casebook.domain.SourceFile;
import org.casebook.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The item pane says which e-mail a letter came attached to, and which documents an e-mail's letter brought. */
class LetterLinksTest {

    private final Messages messages = Messages.load();

    @Test
    void anAttachedLetterNamesItsEmailAndTheEmailNamesItsAttachments() {
        Letter email = letter(1, "FOI reply", "reply.eml", Optional.empty());
        Letter reply = letter(2, "FOI reply — reply.pdf", "reply.pdf", Optional.of(1L));
        Letter annex = letter(3, "FOI reply — annex.docx", "annex.docx", Optional.of(1L));
        Letter alone = letter(4, "Board minutes", "minutes.pdf", Optional.empty());

        Map<Long, LetterLinks> links = LetterLinks.of(List.of(annex, alone, reply, email));

        assertThat(links.get(1L).describe(messages)).isEqualTo("Attachments: reply.pdf, annex.docx");
        assertThat(links.get(2L).describe(messages)).isEqualTo("Came attached to: FOI reply");
        assertThat(links.get(3L).describe(messages)).isEqualTo("Came attached to: FOI reply");
        assertThat(links).doesNotContainKey(4L);
        assertThat(LetterLinks.NONE.describe(messages)).isEmpty();
    }

    private static Letter letter(long id, String title, String fileName, Optional<Long> attachedTo) {
        return new Letter(id, title, Optional.empty(), "", "", Optional.empty(), Optional.empty(),
                Optional.of(new SourceFile(fileName, "application/pdf", "a".repeat(64))), "", "", "", attachedTo);
    }
}
