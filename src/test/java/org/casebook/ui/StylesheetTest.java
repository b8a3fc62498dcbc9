package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.casebook.ui.common.Styles;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet parses without a single error. JavaFX only logs a broken rule and drops everything after it,
 * so a missing brace silently unstyles whole screens; this makes it fail the build instead.
 */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws IOException {
        URL stylesheet = StylesheetTest.class.getResource(Styles.STYLESHEET);
        assertThat(stylesheet).isNotNull();
        CssParser.errorsProperty().clear();

        new CssParser().parse(stylesheet);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("CSS errors in %s", Styles.STYLESHEET).isEmpty();
    }
}
