package org.casebook.ui.workspace;

import java.util.Objects;
import javafx.fxml.FXML;

/** Controller for {@code Workspace.fxml}. */
public final class WorkspaceView {

    private final WorkspaceViewModel viewModel;

    public WorkspaceView(WorkspaceViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
    }
}
