package org.casebook.ui.about;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Controller for {@code About.fxml}: fills in the view model's facts. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML
    private Label versionLabel;
    @FXML
    private Label javaLabel;
    @FXML
    private Label javafxLabel;
    @FXML
    private TextField logFolderField;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        versionLabel.setText(viewModel.version());
        javaLabel.setText(viewModel.javaVersion());
        javafxLabel.setText(viewModel.javafxVersion());
        // A read-only field, not a label, so the folder can be selected and copied into a file manager or an email.
        logFolderField.setText(viewModel.logFolder());
    }
}
