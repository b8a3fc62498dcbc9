package org.casebook.ui.common;

import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Makes FXML controllers through their constructors, from the suppliers a window registers, so every controller gets
 * its view model handed in and no controller looks anything up statically.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> suppliers;

    public ControllerFactory(Map<Class<?>, Supplier<?>> suppliers) {
        this.suppliers = Map.copyOf(suppliers);
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
