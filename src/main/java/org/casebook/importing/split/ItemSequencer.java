package org.casebook.importing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.importing.lines.ItemLabel;
import org.casebook.importing.lines.ItemLabelParser;
import org.casebook.importing.lines.LabelKind;

/**
 * Keeps the labels that fit a numbering and nests them: {@code 1}, its letters {@code a}, {@code b}, their roman
 * numerals. A label that breaks the sequence (a "2." inside a response after item 5) is text, not an item.
 * When numbering starts again at 1 and does not later continue the first list, a second run begins, which
 * {@link QuestionAnswerMatcher} pairs with the first.
 */
public final class ItemSequencer {

    /** Numbering may skip a few (an item left out); a bigger jump is more likely a number in the text. */
    private static final int MAX_JUMP = 5;
    private static final int MAX_DEPTH = 3;

    /** The accepted items and the numbering problems met on the way. */
    public record Sequence(List<SequencedItem> items, List<String> warnings) {
        public Sequence {
            items = List.copyOf(items);
            warnings = List.copyOf(warnings);
        }
    }

    private record Level(LabelKind family, int ordinal, String token, int supplementaries) {
    }

    private final List<Level> stack = new ArrayList<>();
    private final List<SequencedItem> items = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int run;

    private ItemSequencer() {
    }

    /** Sequences the labels found at the start of each paragraph ({@code labels} is parallel to the paragraphs). */
    public static Sequence sequence(List<Optional<ItemLabel>> labels) {
        ItemSequencer sequencer = new ItemSequencer();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isPresent()) {
                sequencer.offer(i, labels.get(i).get(), labels);
            }
        }
        return new Sequence(sequencer.items, sequencer.warnings);
    }

    private void offer(int paragraph, ItemLabel label, List<Optional<ItemLabel>> labels) {
        switch (label.kind()) {
            case SUPPLEMENTARY -> offerSupplementary(paragraph, label);
            case ASKER -> accept(paragraph, LabelKind.NUMBER, nextTopOrdinal(), label.length(), 0);
            default -> offerNumbered(paragraph, label, labels);
        }
    }

    private void offerNumbered(int paragraph, ItemLabel label, List<Optional<ItemLabel>> labels) {
        LabelKind family = familyOf(label);
        int ordinal = family == LabelKind.ROMAN ? ItemLabelParser.romanValue(label.token()) : label.ordinal();
        int depth = depthOf(family);
        if (depth < 0) {
            if (ordinal == 1 && stack.size() < MAX_DEPTH) {
                accept(paragraph, family, ordinal, label.length(), stack.size());
            } else if (stack.isEmpty() && family == LabelKind.NUMBER && ordinal <= MAX_JUMP) {
                warnings.add("numbering starts at " + ordinal + ", not 1");
                accept(paragraph, family, ordinal, label.length(), 0);
            }
            return;
        }
        int last = stack.get(depth).ordinal();
        if (ordinal == last + 1) {
            accept(paragraph, family, ordinal, label.length(), depth);
        } else if (ordinal > last + 1 && ordinal - last <= MAX_JUMP) {
            String before = pathUpTo(depth);
            accept(paragraph, family, ordinal, label.length(), depth);
            warnings.add("numbering jumps from " + before + " to " + items.get(items.size() - 1).path());
        } else if (depth == 0 && ordinal == 1 && !continuesLater(paragraph, last, labels)) {
            run++;
            accept(paragraph, family, ordinal, label.length(), 0);
        }
        // Anything else breaks the sequence: a number inside a response, not an item.
    }

    /**
     * Whether the first list carries on after this restart, which makes the restart a list inside a response:
     * "3. …" "1. …" "2. …" "4. …". A number that fits both lists ("2. …" "1. …" "2. …" "3. …") counts for the new one.
     */
    private static boolean continuesLater(int paragraph, int last, List<Optional<ItemLabel>> labels) {
        int expected = 2;
        for (int i = paragraph + 1; i < labels.size(); i++) {
            Optional<ItemLabel> l = labels.get(i);
            if (l.isEmpty() || l.get().kind() != LabelKind.NUMBER) {
                continue;
            }
            if (l.get().ordinal() == expected) {
                expected++;
            } else if (l.get().ordinal() == last + 1) {
                return true;
            }
        }
        return false;
    }

    private void offerSupplementary(int paragraph, ItemLabel label) {
        if (stack.isEmpty()) {
            return;
        }
        Level top = stack.get(0);
        int count = top.supplementaries() + 1;
        stack.set(0, new Level(top.family(), top.ordinal(), top.token(), count));
        truncate(1);
        String token = count == 1 ? "supplementary" : "supplementary-" + count;
        stack.add(new Level(LabelKind.SUPPLEMENTARY, count, token, 0));
        items.add(new SequencedItem(paragraph, token, pathUpTo(1), Optional.of(pathUpTo(0)), label.length(), run));
    }

    /** A lone i, v or x is a letter when it continues the letters, otherwise a roman numeral. */
    private LabelKind familyOf(ItemLabel label) {
        if (label.kind() != LabelKind.LETTER || !label.couldBeRoman()) {
            return label.kind();
        }
        int letters = depthOf(LabelKind.LETTER);
        if (letters >= 0 && stack.get(letters).ordinal() + 1 == label.ordinal()) {
            return LabelKind.LETTER;
        }
        int romans = depthOf(LabelKind.ROMAN);
        if (romans >= 0 && stack.get(romans).ordinal() + 1 == ItemLabelParser.romanValue(label.token())) {
            return LabelKind.ROMAN;
        }
        return label.token().equals("i") ? LabelKind.ROMAN : LabelKind.LETTER;
    }

    private void accept(int paragraph, LabelKind family, int ordinal, int labelLength, int depth) {
        truncate(depth);
        String token = family == LabelKind.LETTER ? String.valueOf((char) ('a' + ordinal - 1))
                : family == LabelKind.ROMAN ? romanToken(ordinal) : String.valueOf(ordinal);
        stack.add(new Level(family, ordinal, token, 0));
        Optional<String> parent = depth == 0 ? Optional.empty() : Optional.of(pathUpTo(depth - 1));
        items.add(new SequencedItem(paragraph, token, pathUpTo(depth), parent, labelLength, run));
    }

    private int nextTopOrdinal() {
        return stack.isEmpty() ? 1 : stack.get(0).ordinal() + 1;
    }

    private int depthOf(LabelKind family) {
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).family() == family) {
                return i;
            }
        }
        return -1;
    }

    private void truncate(int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
        }
    }

    private String pathUpTo(int depth) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i <= depth && i < stack.size(); i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(stack.get(i).token());
        }
        return path.toString();
    }

    private static String romanToken(int value) {
        for (String candidate : new String[] {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}) {
            if (ItemLabelParser.romanValue(candidate) == value) {
                return candidate;
            }
        }
        return String.valueOf(value);
    }
}
