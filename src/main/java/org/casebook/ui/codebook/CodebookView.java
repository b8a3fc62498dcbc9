package org.casebook.ui.codebook;

import java.util.Objects;
import javafx.fxml.FXML;

/** Controller for {@code Codebook.fxml}. */
public final class CodebookView {

    private final CodebookViewModel viewModel;

    public CodebookView(CodebookViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
    }
}
