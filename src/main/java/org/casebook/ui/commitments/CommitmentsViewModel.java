package org.casebook.ui.commitments;

import java.time.Clock;
import java.util.Objects;
import org.casebook.service.AnnotationService;
import org.casebook.ui.common.CaseEdits;
import org.casebook.ui.common.DialogService;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Navigation;

/** The commitments register of the open case, across all letters. */
public final class CommitmentsViewModel {

    private final CaseEdits edits;
    private final AnnotationService annotations;
    private final Navigation navigation;
    private final CommitmentDialogs forms;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    public CommitmentsViewModel(CaseEdits edits, AnnotationService annotations, Navigation navigation,
                                CommitmentDialogs forms, DialogService dialogs, Messages messages, Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }
}
