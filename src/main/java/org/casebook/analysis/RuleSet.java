package org.casebook.analysis;

import java.util.List;
import java.util.Map;

/**
 * The phrase families the suggester matches, by theme id and by response-type id. They live in the case's codebook
 * as data, so members can edit them; {@link DefaultRules} holds the ones the LXP codebook ships with.
 * A phrase is plain words ("paid £20 a day", "no knowledge of"); "…" stands for a gap of a few words.
 */
public record RuleSet(Map<String, List<String>> themePhrases, Map<String, List<String>> responseTypePhrases) {
    public RuleSet {
        themePhrases = Map.copyOf(themePhrases);
        responseTypePhrases = Map.copyOf(responseTypePhrases);
    }
}
