package org.casebook.ui.about;

import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.casebook.service.AppDirectories;
import org.casebook.ui.common.ControllerFactory;
import org.casebook.ui.common.Messages;
import org.casebook.ui.common.Styles;
import org.casebook.ui.common.ViewLoader;

/** The About Casebook dialog, styled like its owner window. */
public final class AboutDialog {

    private final Messages messages;
    private final AppDirectories directories;

    public AboutDialog(Messages messages, AppDirectories directories) {
        this.messages = messages;
        this.directories = directories;
    }

    public void show(Stage owner) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(AboutView.class,
                () -> new AboutView(new AboutViewModel(directories)));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));
        dialog.getDialogPane().setContent(new ViewLoader(messages, new ControllerFactory(controllers))
                .load(AboutDialog.class, "About.fxml"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add(Styles.DIALOG);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        dialog.showAndWait();
    }
}
