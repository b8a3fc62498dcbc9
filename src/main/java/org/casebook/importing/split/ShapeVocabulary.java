package org.casebook.importing.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words one document shape uses to open a question or an answer, read from {@code shape-vocabulary.properties}
 * so that a new phrase is a line of data, not a code change. A missing entry matches nothing.
 */
record ShapeVocabulary(Optional<Pattern> concernLabel, Optional<Pattern> concernNarrative, Optional<Pattern> lead,
                       Optional<Pattern> responseLabel, Optional<Pattern> responseNarrative, Optional<Pattern> meta,
                       Optional<Pattern> supplementaryLabel, Optional<Pattern> supplementaryNarrative,
                       boolean implicitAnswer) {

    private static final Properties ENTRIES = load();
    /** A narrative pattern's group of this name is where the kept words start, what comes before it a heading. */
    private static final String KEPT = "said";

    /** The vocabulary of the shape whose entries start with {@code prefix}, e.g. {@code minutes}. */
    static ShapeVocabulary of(String prefix) {
        return new ShapeVocabulary(pattern(prefix + ".concern.label"), pattern(prefix + ".concern.narrative"),
                pattern(prefix + ".lead"), pattern(prefix + ".response.label"), pattern(prefix + ".response.narrative"),
                pattern(prefix + ".meta"), pattern(prefix + ".supplementary.label"),
                pattern(prefix + ".supplementary.narrative"),
                Boolean.parseBoolean(ENTRIES.getProperty(prefix + ".implicit-answer", "false")));
    }

    /** A pattern of the file by its full key, matched at the start of a text. */
    static Optional<Pattern> pattern(String key) {
        String regex = ENTRIES.getProperty(key);
        return regex == null || regex.isBlank() ? Optional.empty()
                : Optional.of(Pattern.compile("^" + regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * How many characters of {@code text} open a question, if one does: a label's length, or for a kept narrative
     * opener the start of its {@code said} group (0 when it has none).
     */
    Optional<Integer> concernOpening(String text) {
        return opening(text, concernLabel, concernNarrative);
    }

    Optional<Integer> responseOpening(String text) {
        return opening(text, responseLabel, responseNarrative);
    }

    Optional<Integer> supplementaryOpening(String text) {
        return opening(text, supplementaryLabel, supplementaryNarrative);
    }

    boolean isLead(String text) {
        return lead.filter(p -> p.matcher(text.strip()).lookingAt()).isPresent();
    }

    boolean isMeta(String text) {
        return meta.filter(p -> p.matcher(text.strip()).lookingAt()).isPresent();
    }

    private static Optional<Integer> opening(String text, Optional<Pattern> label, Optional<Pattern> narrative) {
        if (label.isPresent()) {
            Matcher m = label.get().matcher(text);
            if (m.lookingAt()) {
                return Optional.of(m.end());
            }
        }
        if (narrative.isPresent()) {
            Matcher m = narrative.get().matcher(text);
            if (m.lookingAt()) {
                return Optional.of(narrative.get().pattern().contains("(?<" + KEPT + ">") ? m.start(KEPT) : 0);
            }
        }
        return Optional.empty();
    }

    private static Properties load() {
        Properties entries = new Properties();
        try (InputStream in = ShapeVocabulary.class.getResourceAsStream("shape-vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("shape-vocabulary.properties is missing from the build");
            }
            entries.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
