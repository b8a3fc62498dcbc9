package org.casebook.ui.common;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Dialogs that look like the window they belong to: its stylesheet, theme and text size, and the app's dialog style. */
public final class OwnedDialogs {

    private OwnedDialogs() {
    }

    /** A resizable dialog over {@code owner}, with {@code title} as its title and heading. */
    public static <T> Dialog<T> create(Window owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        lookLike(owner, dialog.getDialogPane());
        return dialog;
    }

    /** Gives a dialog's pane the owner's stylesheets and text size, the dialog style, and room for all its content. */
    public static void lookLike(Window owner, DialogPane pane) {
        pane.getStyleClass().add(Styles.DIALOG);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        Optional.ofNullable(owner.getScene()).ifPresent(scene -> {
            pane.getStylesheets().setAll(scene.getStylesheets());
            pane.setStyle(scene.getRoot().getStyle());
        });
    }
}
