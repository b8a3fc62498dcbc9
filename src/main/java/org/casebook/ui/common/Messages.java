package org.casebook.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All user-visible text, by semantic key, from {@code org/casebook/ui/messages.properties}. Passed to whoever needs
 * it rather than reached statically, so tests and later translations can hand in another bundle.
 */
public final class Messages {

    public static final String BUNDLE = "org.casebook.ui.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The app's own texts; British English is the only language so far. */
    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.UK));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A test keeps keys complete; should one slip through, show the key rather than fail the member's action.
            LOG.error("Missing message key {}", key);
            return key;
        }
    }

    /** A text with {@link MessageFormat} placeholders ({0}, {1}); texts use ’ rather than ' so no quoting is needed. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.UK).format(arguments);
    }
}
