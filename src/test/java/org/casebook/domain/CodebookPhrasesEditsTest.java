package org.casebook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Codebook edits carry the phrases suggestions look for: merged codes pool them, deleted ones drop them. */
class CodebookPhrasesEditsTest {

    private static final SuggestionEvidence WHY = new SuggestionEvidence("phrase \"£20 a day\"", "£20 a day");

    private static final CodebookState START = new CodebookState(
            new Codebook(List.of(theme("pay"), theme("harm"), theme("voice")),
                    List.of(new ResponseType("apology", "Apology", ""), new ResponseType("refusal", "Refusal", ""))),
            List.of(new ItemTag(1, "pay", TagState.SUGGESTED, Optional.of(WHY)), new ItemTag(2, "harm", TagState.CONFIRMED)),
            List.of(new ItemTag(1, "refusal", TagState.REJECTED, Optional.of(WHY))),
            new CodebookPhrases(Map.of("pay", List.of("£20 a day", "pay cut"), "harm", List.of("distress", "Pay cut")),
                    Map.of("refusal", List.of("unable to"), "apology", List.of("we apologise"))));

    private static Theme theme(String id) {
        return new Theme(id, id, "", "#000000", Optional.empty());
    }

    @Test
    void mergingThemesPoolsTheirPhrasesInTheSurvivorWithoutRepeats() {
        CodebookState merged = CodebookEdits.mergeThemes(START, "pay", "harm");

        assertThat(merged.phrases().ofTheme("harm")).containsExactly("distress", "Pay cut", "£20 a day");
        assertThat(merged.phrases().themes()).containsOnlyKeys("harm");
        assertThat(merged.themeTags()).contains(new ItemTag(1, "harm", TagState.SUGGESTED, Optional.of(WHY)));
    }

    @Test
    void mergingResponseTypesPoolsTheirPhrasesAndKeepsEvidence() {
        CodebookState merged = CodebookEdits.mergeResponseTypes(START, "refusal", "apology");

        assertThat(merged.phrases().responseTypes()).containsExactly(Map.entry("apology", List.of("we apologise", "unable to")));
        assertThat(merged.responseTypeTags()).containsExactly(
                new ItemTag(1, "apology", TagState.REJECTED, Optional.of(WHY)));
    }

    @Test
    void deletingACodeDropsItsPhrasesEvenWhenItsTagsMove() {
        CodebookState noPay = CodebookEdits.deleteTheme(START, "pay", Optional.of("voice"));
        CodebookState noRefusal = CodebookEdits.deleteResponseType(START, "refusal", Optional.empty());

        assertThat(noPay.phrases().themes()).containsOnlyKeys("harm");
        assertThat(noPay.phrases().ofTheme("voice")).isEmpty();
        assertThat(noRefusal.phrases().responseTypes()).containsOnlyKeys("apology");
    }

    @Test
    void otherEditsLeaveThePhrasesAlone() {
        CodebookState renamed = CodebookEdits.updateTheme(START, new Theme("pay", "Pay and rates", "", "#111111",
                Optional.empty()));
        CodebookState added = CodebookEdits.addResponseType(START, "Deflection", "").state();

        assertThat(renamed.phrases()).isEqualTo(START.phrases());
        assertThat(added.phrases()).isEqualTo(START.phrases());
    }

    @Test
    void settingPhrasesCleansThemAndAnEmptyListRemovesTheCode() {
        CodebookState set = CodebookEdits.setThemePhrases(START, "voice", List.of("  not   heard ", "", "Not heard", "ignored"));
        CodebookState cleared = CodebookEdits.setResponseTypePhrases(START, "refusal", List.of(" "));

        assertThat(set.phrases().ofTheme("voice")).containsExactly("not heard", "ignored");
        assertThat(cleared.phrases().responseTypes()).containsOnlyKeys("apology");
        assertThatThrownBy(() -> CodebookEdits.setThemePhrases(START, "nope", List.of("x")))
                .isInstanceOf(CodebookException.class);
    }
}
