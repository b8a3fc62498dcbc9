package org.casebook.importing.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.importing.lines.ItemLabel;
import org.casebook.importing.lines.ItemLabelParser;
import org.casebook.importing.lines.LabelKind;

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
    /** A list's bullet before the words: "·", "o", "-"; an item's label ("a)", "2.") is left out likewise. */
    private static final Pattern BULLET = Pattern.compile("^[-\u2013\u2022*\u00b7\u25aa\u25cf\u25e6o]\\s+");

    /** The vocabulary of the shape whose entries start with {@code prefix}, e.g. {@code minutes}. */
    static ShapeVocabulary of(String prefix) {
        return new ShapeVocabulary(pattern(prefix + ".concern.label"), pattern(prefix + ".concern.narrative"),
                pattern(prefix + ".lead"), pattern(prefix + ".response.label"), pattern(prefix + ".response.narrative"),
                pattern(prefix + ".meta"), pattern(prefix + ".supplementary.label"),
                pattern(prefix + ".supplementary.narrative"),
                Boolean.parseBoolean(ENTRIES.getProperty(prefix + ".implicit-answer", "false")));
    }

    /**
     * The words of this shape and of {@code other} together: minutes that restate some questions with labels
     * ("Question 1 - … Verbal Response – …") and narrate others ("Cllr Thorn asked … The Leader noted …").
     */
    ShapeVocabulary with(ShapeVocabulary other) {
        return new ShapeVocabulary(either(concernLabel, other.concernLabel), either(concernNarrative, other.concernNarrative),
                either(lead, other.lead), either(responseLabel, other.responseLabel),
                either(responseNarrative, other.responseNarrative), either(meta, other.meta),
                either(supplementaryLabel, other.supplementaryLabel),
                either(supplementaryNarrative, other.supplementaryNarrative), implicitAnswer && other.implicitAnswer);
    }

    private static Optional<Pattern> either(Optional<Pattern> a, Optional<Pattern> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        // Each is "^(...)": the union keeps the one anchor and tries this shape's words first.
        return Optional.of(Pattern.compile("^(?:" + a.get().pattern().substring(1) + "|" + b.get().pattern().substring(1) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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
        Matcher bullet = BULLET.matcher(text);
        int from = bullet.lookingAt() ? bullet.end()
                : ItemLabelParser.parse(text).filter(l -> l.kind() != LabelKind.ASKER && l.kind() != LabelKind.SUPPLEMENTARY)
                        .map(ItemLabel::length).orElse(0);
        if (label.isPresent()) {
            Matcher m = label.get().matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(m.end());
            }
        }
        if (narrative.isPresent()) {
            Matcher m = narrative.get().matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(narrative.get().pattern().contains("(?<" + KEPT + ">") ? m.start(KEPT) : from);
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
