package org.casebook.analysis.model;

/**
 * Agreement on one kind of suggestion between what was suggested and a hand-made ground truth.
 *
 * @param found suggestions that the ground truth holds
 * @param expected what the ground truth holds
 * @param suggested what was suggested
 */
public record Score(int found, int expected, int suggested) {
    public double precision() {
        return suggested == 0 ? (expected == 0 ? 1 : 0) : (double) found / suggested;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) found / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
