package org.casebook.importing.split;

/** What told the splitter where a concern ends and its response begins, strongest first. */
public enum Evidence {
    /** "Response:", "Our response:" and the like. */
    MARKER(0.95),
    /** The response is set in italics, the concern in roman. */
    STYLE(0.95),
    /** The response starts at the paragraph after the concern. */
    PARAGRAPH(0.85),
    /** The response starts inside the concern's paragraph, at the first sentence in the answering body's voice. */
    SENTENCE(0.65),
    /** No response was found. */
    NONE(0.5);

    private final double weight;

    Evidence(double weight) {
        this.weight = weight;
    }

    /** How far a member can trust a boundary found this way, 0..1. */
    public double weight() {
        return weight;
    }
}
