package org.casebook.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The reference for start-up: a bare JavaFX window with one label, which quits as soon as it is shown. */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.exit());
        stage.show();
    }

    /** Launched from a class that is not the Application, as the app's Launcher is. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
