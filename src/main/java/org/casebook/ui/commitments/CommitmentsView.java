package org.casebook.ui.commitments;

import java.util.Objects;
import javafx.fxml.FXML;

/** Controller for {@code Commitments.fxml}. */
public final class CommitmentsView {

    private final CommitmentsViewModel viewModel;

    public CommitmentsView(CommitmentsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
    }
}
