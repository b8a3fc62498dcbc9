package org.casebook.ui.codebook;

import java.util.Objects;
import org.casebook.service.CodebookService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/** The codebook editor: the theme tree and the response types of the open case. */
public final class CodebookViewModel {

    private final CaseEdits edits;
    private final CodebookService codebook;
    private final DialogService dialogs;
    private final Messages messages;

    public CodebookViewModel(CaseEdits edits, CodebookService codebook, DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }
}
