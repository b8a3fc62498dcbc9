package org.casebook.ui.pack;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The screen's keys: Ctrl+Enter makes the pack, Ctrl+S saves it and Ctrl+P prints it. They act only while the screen
 * shows; elsewhere Ctrl+P is the File menu's "Briefing pack…", which brings the member here. A filter on the scene
 * sees the keys before the menu's accelerators and before whichever field has the focus.
 */
final class PackKeys {

    private static final KeyCombination MAKE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private PackKeys() {
    }

    static void install(Node root, PackViewModel viewModel) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                listen(scene, root, viewModel);
            }
        });
        if (root.getScene() != null) {
            listen(root.getScene(), root, viewModel);
        }
    }

    private static void listen(Scene scene, Node root, PackViewModel viewModel) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!showing(root)) {
                return;
            }
            if (MAKE.match(event)) {
                event.consume();
                viewModel.make();
            } else if (SAVE.match(event) && viewModel.hasPack().get()) {
                event.consume();
                viewModel.save();
            } else if (PRINT.match(event) && viewModel.hasPack().get()) {
                event.consume();
                viewModel.print();
            }
        });
    }

    private static boolean showing(Node root) {
        for (Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return root.getScene() != null;
    }
}
