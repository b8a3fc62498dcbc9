package org.casebook.ui.workspace;

import java.util.Objects;
import org.casebook.service.AnnotationService;
import org.casebook.ui.commitments.CommitmentDialogs;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/** The annotation workspace: letters, the items table and the selected item. */
public final class WorkspaceViewModel {

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final CommitmentDialogs forms;
    private final DialogService dialogs;
    private final Messages messages;

    public WorkspaceViewModel(CaseEdits edits, AnnotationService annotations, Navigation navigation,
                              CommitmentDialogs forms, DialogService dialogs, Messages messages) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
    }
}
