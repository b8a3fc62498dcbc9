package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps messages.properties and its users in step. Code names keys as string literals passed to Messages.get/format
 * (or a one-argument helper called text); FXML names them as %key. A key is "used" when it appears as either.
 */
class MessageKeysTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");
    private static final Pattern CODE_KEY = Pattern.compile("\\b(?:get|format|text)\\(\\s*\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");

    private static Set<String> keys;
    private static String fxml;
    private static String code;

    @BeforeAll
    static void readSources() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/org/casebook/ui/messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        keys = properties.stringPropertyNames();
        fxml = readAll(MAIN.resolve("resources/org/casebook/ui"), ".fxml");
        code = readAll(MAIN.resolve("java/org/casebook/ui"), ".java")
                + readAll(MAIN.resolve("java/org/casebook/app"), ".java");
    }

    @Test
    void everyKeyInFxmlExists() {
        assertThat(matches(FXML_KEY, fxml)).isNotEmpty().allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void everyKeyReadInCodeExists() {
        assertThat(matches(CODE_KEY, code)).isNotEmpty().allSatisfy(key -> assertThat(keys).contains(key));
    }

    @Test
    void noKeyIsUnused() {
        Set<String> used = new HashSet<>(matches(FXML_KEY, fxml));
        used.addAll(matches(LITERAL, code));
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that nothing shows").isEmpty();
    }

    @Test
    void textsReadByMessageFormatUseTypographicApostrophes() {
        // MessageFormat swallows a plain ' and everything after it up to the next one.
        assertThat(keys).allSatisfy(key -> assertThat(load(key)).doesNotContain("'"));
    }

    private static String load(String key) {
        return java.util.ResourceBundle.getBundle("org.casebook.ui.messages", java.util.Locale.UK).getString(key);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String readAll(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> matching = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            StringBuilder all = new StringBuilder();
            for (Path file : matching) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }
}
