package org.casebook.ui.codebook;

import java.util.Objects;
import org.casebook.service.CodebookService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;

/**
 * The codebook editor: the theme tree and the response types of the open case. Every edit is stored at once as one
 * undoable change on the window's stack; the editor reads the codebook again after every change anywhere (an undo
 * on another screen included), so it always shows what is stored.
 */
public final class CodebookViewModel {

    private final CodebookChanges changes;
    private final ThemeEditor themes;
    private final ResponseTypeEditor responseTypes;

    public CodebookViewModel(CaseEdits edits, CodebookService codebook, DialogService dialogs, Messages messages) {
        Objects.requireNonNull(edits, "edits");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(messages, "messages");
        this.changes = new CodebookChanges(edits, Objects.requireNonNull(codebook, "codebook"));
        this.themes = new ThemeEditor(changes, dialogs, messages);
        this.responseTypes = new ResponseTypeEditor(changes, dialogs, messages);
        edits.version().addListener((obs, old, now) -> reload());
        reload();
    }

    public ThemeEditor themes() {
        return themes;
    }

    public ResponseTypeEditor responseTypes() {
        return responseTypes;
    }

    private void reload() {
        changes.reload();
        themes.reload();
        responseTypes.reload();
    }
}
