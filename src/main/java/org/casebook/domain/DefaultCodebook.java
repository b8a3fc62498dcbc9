package org.casebook.domain;

import java.util.List;
import java.util.Optional;

/**
 * The codebook every new case starts with: the themes and response types the LXP group uses.
 * The ids are shared with the group's hand-made ground truth and must never change.
 */
public final class DefaultCodebook {

    private DefaultCodebook() {
    }

    public static Codebook lxp() {
        return new Codebook(themes(), responseTypes());
    }

    private static List<Theme> themes() {
        return List.of(
                theme("funding-refusal", "Funding refused",
                        "Money for lived experience work was refused, withdrawn or not taken up.", "#c0392b"),
                theme("pay-disparity", "Pay disparity",
                        "What lived experience work is paid compared with other work, e.g. £20 a day against £300.",
                        "#d35400"),
                theme("loss-of-paid-work", "Loss of paid work",
                        "Paid lived experience work was dropped or replaced by unpaid work.", "#b7950b"),
                theme("exclusion-from-decisions", "Left out of decisions",
                        "People with lived experience were left out of decisions that affect them.", "#8e44ad"),
                theme("career-pathway", "Career pathway",
                        "How lived experience roles progress: training, qualifications, bands and routes upward.",
                        "#2471a3"),
                theme("undermining", "Undermining",
                        "Work undone or sabotaged, or careers blocked.", "#6e2c00"),
                theme("peer-roles", "Peer roles",
                        "Peer worker roles cut, phased out or left insecure.", "#117a65"),
                theme("wellbeing-harm", "Wellbeing and harm",
                        "The wellbeing of lived experience staff and harm done to them.", "#1e8449"),
                theme("accountability", "Accountability",
                        "Who answers for what happened, who is liable, and whether the group is listened to.",
                        "#34495e"));
    }

    private static List<ResponseType> responseTypes() {
        return List.of(
                new ResponseType("explanation", "Explanation", "Justifies or explains a decision."),
                new ResponseType("deflection", "Deflection", "Says another body is responsible."),
                new ResponseType("acknowledgement", "Acknowledgement",
                        "Accepts that the problem exists or that the challenge is fair."),
                new ResponseType("apology", "Apology", "Says sorry for what happened."),
                new ResponseType("non-apology", "Non-apology",
                        "Regrets how the group sees it rather than what was done (\"sorry that you consider…\")."),
                new ResponseType("commitment", "Commitment", "Promises to do something in future."),
                new ResponseType("denial-no-knowledge", "Denial: no knowledge",
                        "Says it knows nothing of the matter."),
                new ResponseType("rebuttal", "Rebuttal", "Says the claim is untrue or disagrees with it."),
                new ResponseType("refusal", "Refusal", "Declines what was asked."),
                new ResponseType("reassurance", "Reassurance", "Offers general comfort without a specific action."));
    }

    private static Theme theme(String id, String name, String description, String colour) {
        return new Theme(id, name, description, colour, Optional.empty());
    }
}
