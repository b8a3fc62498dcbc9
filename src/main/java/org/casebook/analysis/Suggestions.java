package org.casebook.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.SuggestionEvidence;

/** Everything suggested for one letter, each with its evidence. */
public record Suggestions(List<CodeSuggestion> themes, List<CodeSuggestion> responseTypes,
                          List<CommitmentSuggestion> commitments) {

    /** A theme (on a concern) or a response type (on a response) suggested for an item. */
    public record CodeSuggestion(long itemId, String codeId, SuggestionEvidence evidence) {
        public CodeSuggestion {
            Objects.requireNonNull(codeId, "codeId");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** A sentence that promises action: in an item's response, or in the letter's intro or closing. */
    public record CommitmentSuggestion(CommitmentSource source, Optional<Long> itemId, String sentence,
                                       SuggestionEvidence evidence) {
        public CommitmentSuggestion {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    public Suggestions {
        themes = List.copyOf(themes);
        responseTypes = List.copyOf(responseTypes);
        commitments = List.copyOf(commitments);
    }
}
