package org.casebook.importing.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemLabelParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "1. Funding was refused.      | NUMBER  | 1  | Funding was refused.",
        "12) Pay is late.             | NUMBER  | 12 | Pay is late.",
        "(3) Who decided?             | NUMBER  | 3  | Who decided?",
        "Q4 Why?                      | NUMBER  | 4  | Why?",
        "Q5: Why?                     | NUMBER  | 5  | Why?",
        "Question 6 - Why?            | NUMBER  | 6  | Why?",
        "Question 7: Why?             | NUMBER  | 7  | Why?",
        "a) The decision was made.    | LETTER  | a  | The decision was made.",
        "b. Disrespect to trainers?   | LETTER  | b  | Disrespect to trainers?",
        "(c) Exploitation of SUs?     | LETTER  | c  | Exploitation of SUs?",
        "ii. Expenses are late.       | ROMAN   | ii | Expenses are late.",
        "(iv) Forms are lost.         | ROMAN   | iv | Forms are lost.",
        "49.2 With regard to it, why? | NUMBER  | 49.2 | With regard to it, why?"})
    void recognisesLabelsAndWhereTheConcernStarts(String text, LabelKind kind, String token, String rest) {
        ItemLabel label = ItemLabelParser.parse(text.strip()).orElseThrow();

        assertThat(label.kind()).isEqualTo(kind);
        assertThat(label.token()).isEqualTo(token);
        assertThat(text.strip().substring(label.length())).isEqualTo(rest.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021 was a difficult year.", "1.5 million was spent.", "e.g. the training budget",
        "A. Smith said so.", "Questions in public are generally expected to respond", "- KUF training in BSOL",
        "5 are emerging as these posts evolve.", "2021. The year of the pandemic."})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(ItemLabelParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(i) Travel", "i) Travel", "v. Fifth", "x) Tenth"})
    void marksALoneIVOrXAsEitherLetterOrRoman(String text) {
        assertThat(ItemLabelParser.parse(text).orElseThrow().couldBeRoman()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"i,1", "iv,4", "ix,9", "xii,12", "iiii,0", "vx,0"})
    void readsRomanNumeralsAndRejectsMalformedOnes(String token, int value) {
        assertThat(ItemLabelParser.romanValue(token)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question from Ms J. Smith to the Leader of the Council",
        "Public question from Mr A. Khan to the Cabinet Member for Adult Social Care"})
    void recognisesALineNamingWhoAsked(String text) {
        assertThat(ItemLabelParser.parse(text).orElseThrow().kind()).isEqualTo(LabelKind.ASKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Supplementary question: Ms Smith asked whether", "Ms Smith asked a supplementary question about fees."})
    void recognisesASupplementaryQuestion(String text) {
        assertThat(ItemLabelParser.parse(text).orElseThrow().kind()).isEqualTo(LabelKind.SUPPLEMENTARY);
    }
}
