package org.casebook.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads FXML with the app's texts ({@code %key}) and constructor-injected controllers. */
public final class ViewLoader {

    private final Messages messages;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.controllers = Objects.requireNonNull(controllers, "controllers");
    }

    /** Loads the FXML file {@code name} that sits next to {@code owner} in the resources. */
    public Parent load(Class<?> owner, String name) {
        URL location = Objects.requireNonNull(owner.getResource(name), () -> "No FXML " + name + " next to " + owner);
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            // The FXML ships inside the app; failing to read it is a build fault, not something the member can fix.
            throw new UncheckedIOException("Could not load " + location, e);
        }
    }
}
