package org.casebook.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.Exemption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerReaderTest {

    private final AnswerReader reader = new AnswerReader();

    private void reads(String text, AnswerKind kind, Optional<Exemption> exemption, String evidence) {
        AnswerReading reading = reader.read(text);
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.exemption()).isEqualTo(exemption);
        assertThat(reading.evidence()).contains(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void readsNothingAsNotAnswered(String blank) {
        assertThat(reader.read(blank)).isEqualTo(new AnswerReading(AnswerKind.NOT_ANSWERED, Optional.empty(),
                Optional.empty()));
    }

    // Real responses, verbatim, from public disclosure logs (the source of each is above it).

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-0451-2223
    @Test
    void readsARefusalUnderSectionTwelve() {
        String sentence = "However, I am afraid your request is being refused under section 12 of the Freedom of "
                + "Information Act.";
        reads("I can confirm that we hold the information you require. " + sentence, AnswerKind.REFUSED,
                Optional.of(Exemption.S12_COST), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-2170-1819
    @Test
    void readsTheAppropriateLimitInQuotationMarksAsACostRefusal() {
        String sentence = "However, to provide the information you have requested would exceed the ‘appropriate "
                + "limit’ of £450 set by the Freedom of Information (Appropriate Limit and Fees) Regulations 2004.";
        reads("I can confirm that we do hold the information you require. " + sentence, AnswerKind.REFUSED,
                Optional.of(Exemption.S12_COST), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-4824-1718
    @Test
    void readsACostRefusalThatMentionsHoldingTheInformation() {
        String sentence = "However, in accordance with section 12 of the FOI Act, we are not obliged to comply with a "
                + "request if we estimate that the cost of determining whether we hold the information, locating and "
                + "retrieving it and extracting it from other information would exceed the appropriate limit of £450 "
                + "set by the Freedom of Information (Appropriate Limit and Fees Regulations 2004).";
        reads(sentence, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST), sentence);
    }

    // A university's reply quoted at http://bishophill.squarespace.com/blog/2011/5/21/childish-games-from-uea.html
    @Test
    void readsExceedingTheLimitWithoutASectionNumber() {
        String sentence = "Providing a response to this question alone would likely exceed the appropriate limit.";
        reads(sentence, AnswerKind.REFUSED, Optional.of(Exemption.S12_COST), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-1101-2425
    @Test
    void readsCommercialInterestsWithheldFromSomeOfTheInformationAsAPartAnswer() {
        String sentence = "In accordance with the FOI Act, we are not obliged to supply some of the financial "
                + "information contained in the correspondence as this is subject to a statutory exemption to the "
                + "right of access to information under section 43(2) – prejudice to commercial interests.";
        reads("Please find the requested correspondence attached. " + sentence, AnswerKind.PARTLY_ANSWERED,
                Optional.of(Exemption.S43_COMMERCIAL), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-0160-1718
    @Test
    void readsPersonalInformationRemovedFromSomeDocumentsAsAPartAnswer() {
        String sentence = "Please note that in accordance with TfL’s obligations under the Data Protection Act 1998 "
                + "(DPA), personal information such as signatures and direct telephone numbers have been removed from "
                + "some of the documents, as required by section 40(2) of the FOI Act.";
        reads("Please find attached the information you requested.\n\n" + sentence, AnswerKind.PARTLY_ANSWERED,
                Optional.of(Exemption.S40_PERSONAL), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-2388-2324
    @Test
    void readsSomeDetailsRedactedUnderSectionFortyAsAPartAnswer() {
        String sentence = "Some details have been redacted under section 40(2) of the Freedom of Information Act, the "
                + "exemption that protects against the unfair release of personal data.";
        reads("I can confirm that we hold the information you require. " + sentence, AnswerKind.PARTLY_ANSWERED,
                Optional.of(Exemption.S40_PERSONAL), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-0157-2021
    @Test
    void readsAnotherSectionWithAnExemptionAsOther() {
        String sentence = "In accordance with the FOI Act, we are not obliged to supply the information you have "
                + "requested as it is subject to a statutory exemption to the right of access to information, under "
                + "Section 22 of the Act.";
        reads("I can confirm we do hold the information you require.\n\n" + sentence, AnswerKind.REFUSED,
                Optional.of(Exemption.OTHER), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-0133-2122
    // (the stored page was cut inside this sentence; the words up to the cut are verbatim, ended with a full stop)
    @Test
    void readsWeDoNotHoldAsNotHeld() {
        String sentence = "I can confirm that we do not hold any emails between those named individuals, or anything "
                + "that was sent by them to external organisations, within that timeframe.";
        reads("To ascertain which fall within the scope of the request they have been individually reviewed. "
                + sentence, AnswerKind.NOT_HELD, Optional.empty(), sentence);
    }

    // https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?referenceId=FOI-0160-1718
    @Test
    void readsPlainDisclosureAsAnswered() {
        assertThat(reader.read("I can confirm we do hold the information you requested. Please find attached the "
                + "information you requested.")).isEqualTo(new AnswerReading(AnswerKind.ANSWERED, Optional.empty(),
                Optional.empty()));
    }

    // The fictional sample response of branch foi-service (foi-response-harrowfield.txt), its first answer.
    @Test
    void letsACostRefusalDecideOverASentenceSayingARecordIsNotHeld() {
        String sentence = "We estimate that this would exceed the appropriate limit of £450 (18 hours), and we are "
                + "therefore refusing this part of your request under section 12 of the Act.";
        reads("Response: The Trust does not hold a single record of this decision. To find out whether the "
                + "information is held and to extract it, staff would need to search the e-mail accounts and meeting "
                + "papers of three directorates over two years. " + sentence, AnswerKind.REFUSED,
                Optional.of(Exemption.S12_COST), sentence);
    }

    @Test
    void readsSectionFortyThreeWithItsNameInBrackets() {
        String sentence = "Response: Information about posts that have not yet been approved is withheld under "
                + "section 43 (commercial interests), because early disclosure would prejudice the Trust's position "
                + "in current negotiations with commissioners.";
        reads(sentence, AnswerKind.REFUSED, Optional.of(Exemption.S43_COMMERCIAL), sentence);
    }

    // Wording of our own, for the phrases no stored response showed.

    @Test
    void readsTheOtherNotHeldPhrasings() {
        reads("The Trust does not hold this information.", AnswerKind.NOT_HELD, Optional.empty(),
                "The Trust does not hold this information.");
        reads("There is no recorded information about bed closures.", AnswerKind.NOT_HELD, Optional.empty(),
                "There is no recorded information about bed closures.");
        reads("This information is not held by the Trust.", AnswerKind.NOT_HELD, Optional.empty(),
                "This information is not held by the Trust.");
    }

    @Test
    void readsReasonablyAccessibleAsSectionTwentyOne() {
        reads("This information is reasonably accessible to you on our website. See the board papers for May.",
                AnswerKind.REFUSED, Optional.of(Exemption.S21_ACCESSIBLE),
                "This information is reasonably accessible to you on our website.");
    }

    @Test
    void readsAbbreviatedSectionsWithoutSplittingTheSentence() {
        reads("We are applying s. 12 as the cost would be too great.", AnswerKind.REFUSED,
                Optional.of(Exemption.S12_COST), "We are applying s. 12 as the cost would be too great.");
        reads("Names of staff are withheld under s40(2).", AnswerKind.REFUSED, Optional.of(Exemption.S40_PERSONAL),
                "Names of staff are withheld under s40(2).");
    }

    @Test
    void readsAPartAnswerWhenTheRemainderIsWithheld() {
        reads("Figures for 2022 are below. The remainder is exempt under section 43 of the Act.",
                AnswerKind.PARTLY_ANSWERED, Optional.of(Exemption.S43_COMMERCIAL),
                "The remainder is exempt under section 43 of the Act.");
    }

    @Test
    void joinsAnEmailsWrappedLinesIntoOneSentence() {
        reads("We have estimated that the work would\nexceed the cost limit.", AnswerKind.REFUSED,
                Optional.of(Exemption.S12_COST), "We have estimated that the work would exceed the cost limit.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We hold information on section 12 of our policy.",
        "The policy is reviewed under section 40 of the Trust's constitution every year.",
        "We have no commercial interests in the clinic.",
        "Enclosed is the report; it cost £450 to print."
    })
    void doesNotTakeASectionOfSomethingElseForARefusal(String answer) {
        assertThat(reader.read(answer).kind()).isEqualTo(AnswerKind.ANSWERED);
        assertThat(reader.read(answer).exemption()).isEmpty();
    }
}
