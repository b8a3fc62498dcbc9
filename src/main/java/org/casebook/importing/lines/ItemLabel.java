package org.casebook.importing.lines;

/**
 * A label found at the start of a paragraph.
 *
 * @param kind        how the label is written
 * @param token       the label as it will be stored: {@code 1}, {@code a}, {@code ii}; empty for ASKER and SUPPLEMENTARY
 * @param ordinal     its position in its own sequence (a = 1, ii = 2); 0 when the label carries no number
 * @param length      characters to strip from the paragraph so the concern starts after the label
 * @param couldBeRoman a single {@code i}, {@code v} or {@code x} reads as a letter or a roman numeral; the sequence decides
 */
public record ItemLabel(LabelKind kind, String token, int ordinal, int length, boolean couldBeRoman) {
}
