package org.casebook.importing.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.importing.split.SplitAssertions.resource;
import static org.casebook.importing.split.SplitAssertions.splitPasted;

import java.util.List;
import java.util.stream.Stream;
import org.casebook.importing.model.Shape;
import org.casebook.importing.model.SplitItem;
import org.casebook.importing.model.SplitResult;
import org.casebook.importing.reading.TextDocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The common shapes of UK public documents, each recognised and split: short texts in the wording of real ones (the
 * address of the kind of document each follows is beside it; names and figures are changed). An expected response
 * of "" means the item is unanswered.
 */
class DocumentShapesTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("numbered concern, then its response", """
                        Dear colleagues,

                        1. The peer support team has lost three posts this year.

                        We have not reduced the number of peer support posts. Two posts are vacant.

                        2. Supervision is cancelled too often.

                        Response: We accept that supervision has been cancelled on several occasions.
                        """, Shape.NUMBERED,
                        List.of("The peer support team", "Supervision is cancelled"),
                        List.of("We have not reduced", "We accept that supervision")),

                Arguments.of("request block then response block, matched by number", """
                        FOI request:

                        1. How many agency nurses did the Trust use in 2023?
                        2. What was the total cost of agency nursing in 2023?
                        3. How many nurse vacancies were there on 31 March 2024?
                        4. How many nurses left the Trust in 2023?
                        5. Does the Trust pay a retention bonus?

                        Trust response:

                        1. The Trust used 312 agency nurses in 2023.
                        3. There were 148 registered nurse vacancies on 31 March 2024.
                        5. No. The Trust does not pay a retention bonus.
                        """, Shape.REQUEST_THEN_RESPONSE,
                        List.of("How many agency nurses", "What was the total cost", "How many nurse vacancies",
                                "How many nurses left", "Does the Trust pay"),
                        List.of("The Trust used 312", "", "There were 148", "", "No. The Trust does not")),

                // After the FOI replies published on https://www.whatdotheyknow.com (request restated, then answered).
                Arguments.of("You asked … Our response …", """
                        Thank you for your request for information.

                        You asked: How many complaints about the car park did the Council receive in 2023?

                        Our response: The Council received 41 complaints about the car park in 2023.

                        You asked: How many of these complaints were upheld?

                        Our response: Nine complaints were upheld.
                        """, Shape.RESTATED,
                        List.of("How many complaints about", "How many of these"),
                        List.of("The Council received 41", "Nine complaints were upheld")),

                Arguments.of("Question 1 … Answer …", """
                        Question 1

                        How many beds does the hospice have?

                        Answer

                        The hospice has 18 in-patient beds.

                        Question 2

                        How many of them were closed in 2023?

                        Answer

                        Two beds were closed from May to July 2023 for refurbishment.
                        """, Shape.RESTATED,
                        List.of("How many beds", "How many of them"),
                        List.of("The hospice has 18", "Two beds were closed")),

                Arguments.of("Q. … A. …", """
                        Q. Does the Council publish its gritting routes?

                        A. Yes. The routes are published on the Council's website each October.

                        Q. How many grit bins does the Council maintain?

                        A. The Council maintains 1,240 grit bins.
                        """, Shape.RESTATED,
                        List.of("Does the Council publish", "How many grit bins"),
                        List.of("Yes. The routes", "The Council maintains")),

                Arguments.of("Request … Response …", """
                        Request 1: Please provide the number of school transport appeals received in 2023.

                        Response: The Council received 87 school transport appeals in 2023.

                        Request 2: Please provide the number of appeals that were successful.

                        Response: 23 appeals were successful.
                        """, Shape.RESTATED,
                        List.of("Please provide the number of school", "Please provide the number of appeals"),
                        List.of("The Council received 87", "23 appeals were successful")),

                // After the minutes of Royal Borough of Windsor and Maidenhead's council meeting on public questions,
                // https://rbwm.moderngov.co.uk/mgAi.aspx?ID=24148 ("Written response:", then a supplementary).
                Arguments.of("Written response and a supplementary question", """
                        Public Questions

                        a) Jane Doe of Oldfield ward asked the following question of Councillor Green, Cabinet Member for Housing:

                        How many households are in temporary accommodation this month?

                        Written response: There are 212 households in temporary accommodation this month.

                        Supplementary question: Jane Doe asked how many of those households had children.

                        Response: Councillor Green said that 131 of the households had children.
                        """, Shape.MINUTES,
                        List.of("Jane Doe of Oldfield ward asked", "Jane Doe asked how many"),
                        List.of("There are 212 households", "Councillor Green said")),

                // After the minutes of Members' Question Time at Gloucester City Council,
                // https://democracy.gloucester.gov.uk/mgAi.aspx?ID=41818 (question and answer narrated in one paragraph).
                Arguments.of("minutes that narrate: asked … In response …", """
                        Members' Question Time

                        Councillor Hilton asked whether the accounts for 2022/23 had been audited. In response, the Cabinet Member said that the audit was expected to finish in March.

                        Councillor Pullen asked how many consultants the Council employed. Councillor Norman advised that eleven consultants were engaged on short-term tasks.

                        A question was received from Mr A. Khan about the closure of the public toilets in the market square.

                        The Chair replied that the toilets would reopen once repairs were complete.
                        """, Shape.MINUTES,
                        List.of("Councillor Hilton asked", "Councillor Pullen asked", "A question was received"),
                        List.of("In response, the Cabinet Member said", "Councillor Norman advised", "The Chair replied")),

                // After the written questions and answers pages of https://questions-statements.parliament.uk
                // (and the earlier https://www.parliament.uk/business/publications/written-questions-answers-statements/):
                // several questions on one page, each "To ask …", "Answered by", "Answered on", the answer.
                Arguments.of("parliamentary written questions", """
                        Q
                        Asked by Jane Smith
                        (Northtown)
                        Asked on: 3 June 2024
                        Department of Health and Social Care
                        Mental Health Services: Children
                        Commons
                        To ask the Secretary of State for Health and Social Care, how many children were waiting for mental health treatment on 31 March 2024. (12345)
                        A
                        Answered by: Andrew Jones
                        Answered on: 10 June 2024

                        The information requested is not held centrally.

                        Q
                        Asked by John Brown
                        (Southtown)
                        Asked on: 4 June 2024
                        Department of Health and Social Care
                        Dental Services
                        Commons
                        To ask the Secretary of State for Health and Social Care, what steps he is taking to increase the number of NHS dentists. (12346)
                        A
                        Answered by: Andrew Jones
                        Answered on: 11 June 2024

                        We are taking action through the dental recovery plan.
                        """, Shape.WRITTEN_QUESTIONS,
                        List.of("To ask the Secretary of State for Health and Social Care, how many",
                                "To ask the Secretary of State for Health and Social Care, what steps"),
                        List.of("The information requested is not held", "We are taking action")),

                Arguments.of("parliamentary written question answered by … on date", """
                        To ask the Secretary of State for Health and Social Care, what assessment he has made of waiting times for autism assessments. (23456)

                        Answered by Andrew Jones on 8 January 2024

                        The Department does not collect this information.
                        """, Shape.WRITTEN_QUESTIONS,
                        List.of("To ask the Secretary of State"),
                        List.of("The Department does not collect")),

                Arguments.of("table of question | answer", "Question\tResponse\n"
                                + "How many libraries did the Council close in 2023?\tThe Council closed two libraries in 2023.\n"
                                + "How many staff were made redundant?\tFour staff were made redundant.\n",
                        Shape.TABLE,
                        List.of("How many libraries", "How many staff"),
                        List.of("The Council closed two", "Four staff were")),

                Arguments.of("table of number | question | response", "No.\tRequest\tResponse\n"
                                + "1\tThe number of fly-tipping reports in 2023.\tThe Council received 3,114 reports.\n"
                                + "2\tThe number of fixed penalty notices issued.\t97 fixed penalty notices were issued.\n"
                                + "3\tThe income from fixed penalty notices.\tInformation not held.\n",
                        Shape.TABLE,
                        List.of("The number of fly-tipping", "The number of fixed", "The income from"),
                        List.of("The Council received 3,114", "97 fixed penalty", "Information not held")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void recognisesTheShapeAndSplitsEachQuestionFromItsAnswer(String name, String text, Shape shape,
                                                               List<String> concerns, List<String> responses) {
        SplitResult result = splitPasted(text);

        assertThat(result.shape()).as("shape").isEqualTo(shape);
        assertThat(result.items()).as("items").hasSize(concerns.size());
        for (int i = 0; i < concerns.size(); i++) {
            SplitItem item = result.items().get(i);
            assertThat(item.concern()).as("concern %s", i + 1).startsWith(concerns.get(i));
            String response = responses.get(i);
            if (response.isEmpty()) {
                assertThat(item.response()).as("response %s", i + 1).isEmpty();
            } else {
                assertThat(item.response()).as("response %s", i + 1).hasValueSatisfying(r -> assertThat(r).startsWith(response));
            }
        }
        SplitAssertions.spansPointAtTheirText(result);
    }

    @Test
    void saysSoWhenARequestHasNoAnswerAtAll() {
        SplitResult result = splitPasted(resource("request-only.txt"));

        assertThat(result.items()).hasSize(3).allMatch(i -> i.response().isEmpty());
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("no responses found"));
    }

    @Test
    void keepsTheLastAnswerOfADocumentThatStopsMidAnswerAndSaysItSeemsToEndEarly() {
        SplitResult result = splitPasted("""
                1. Supervision for peer workers is cancelled too often.

                We accept that supervision has been cancelled on several occasions.

                2. Peer workers are not invited to team meetings.

                We have asked team managers to invite peer workers to every team meeting and to
                """);

        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(1).response()).hasValueSatisfying(r -> assertThat(r).startsWith("We have asked team managers")
                .endsWith("every team meeting and to"));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("the document seems to end early"));
    }

    @Test
    void aDocumentThatEndsProperlyIsNotSaidToEndEarly() {
        assertThat(splitPasted(resource("foi-repeated.txt")).warnings()).noneMatch(w -> w.contains("end early"));
    }

    @Test
    void splitsAsTheShapeTheMemberChoseEvenWhenAnotherExplainsTheTextBetter() {
        LetterSplitter splitter = new LetterSplitter();
        var text = new TextDocumentReader().fromPastedText(resource("questions-then-answers.txt"));

        SplitResult chosen = splitter.split(text);
        SplitResult asNumbered = splitter.split(text, Shape.NUMBERED);

        assertThat(chosen.shape()).isEqualTo(Shape.REQUEST_THEN_RESPONSE);
        assertThat(asNumbered.shape()).isEqualTo(Shape.NUMBERED);
        assertThat(asNumbered.items()).extracting(SplitItem::path).anyMatch(p -> p.startsWith("part 2/"));
        assertThat(splitter.split(text, Shape.REQUEST_THEN_RESPONSE).items()).isEqualTo(chosen.items());
        SplitAssertions.spansPointAtTheirText(asNumbered);
    }

    @Test
    void aShapeThatFindsNothingKeepsTheTextAsOneBlock() {
        var text = new TextDocumentReader().fromPastedText(resource("foi-repeated.txt"));

        SplitResult asTable = new LetterSplitter().split(text, Shape.TABLE);

        assertThat(asTable.shape()).isEqualTo(Shape.TABLE);
        assertThat(asTable.items()).isEmpty();
        assertThat(asTable.warnings()).containsExactly("no items found — imported as one block");
    }
}
