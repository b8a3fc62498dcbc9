package org.casebook.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the app shell lands. */
public final class CasebookApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
