package org.casebook.analysis;

import java.util.List;
import java.util.Map;

/**
 * The phrase families the default LXP codebook ships with, by theme and response-type id of
 * {@link org.casebook.domain.DefaultCodebook}. They are general ways of saying each thing, written for any Trust's
 * letter; words are compared by stem, so "refused" also finds "refuse" and "refusing", and "…" allows a few words
 * in between. Members can edit them per case.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static RuleSet lxp() {
        return new RuleSet(themes(), responseTypes());
    }

    private static Map<String, List<String>> themes() {
        return Map.of(
                "funding-refusal", List.of("funding … refused", "refused … funding", "funds … refused",
                        "funding … withdrawn", "withdrew … funding", "withdrawn … funding", "funding … declined",
                        "declined … funding", "turned down … funding", "funding … turned down", "funding … not taken up",
                        "not accepting funding", "not accept … funding", "rejected … funding", "funding … rejected",
                        "cut … funding", "funding … cut", "funding … stopped", "offers of funding", "offer of funding",
                        "funding … offered", "funding … re-offered", "funding … returned", "handed back … funding"),
                "pay-disparity", List.of("paid … a day", "paid … an hour", "paid … per day", "paid … per hour",
                        "paid … per session", "earn … a day", "earn … an hour", "earn … per day", "pay parity",
                        "parity of pay", "rate of pay", "rates of pay", "pay rate", "pay rates", "remuneration",
                        "remunerated", "unpaid", "underpaid", "paid less", "paid the same", "equal pay", "fair pay",
                        "expenses only", "vouchers", "honorarium", "paid in vouchers", "volunteer basis"),
                "loss-of-paid-work", List.of("unable to earn", "no longer earn", "loss of income", "lost … income",
                        "lost … work", "loss of work", "loss of paid", "dispensed of", "dispensed with", "dispense with",
                        "replaced by unpaid", "replaced with unpaid", "replaced by volunteers", "no longer paid",
                        "no longer employed", "contracts … ended", "not renewed", "made redundant", "redundancy",
                        "unpaid", "drop … course", "sessions … cut", "work … taken away"),
                "exclusion-from-decisions", List.of("excluded", "exclusion", "inclusion", "left out", "not involved",
                        "not included", "not consulted", "without consultation", "without consulting", "without involving",
                        "decision-making", "decision making", "not invited", "no say in", "shut out",
                        "behind closed doors", "seat at the table"),
                "career-pathway", List.of("career", "careers", "career pathway", "pathway", "progression",
                        "progress", "promotion", "promoted", "qualification", "qualifications", "band",
                        "development opportunities", "apprenticeship", "senior roles"),
                "undermining", List.of("undone", "sabotage", "sabotaged", "sabotaging", "undermine", "undermined",
                        "undermining", "blocking … careers", "blocked", "blocking", "dismissing", "dismissive",
                        "belittled", "obstructed", "work … taken over", "credit … taken"),
                "peer-roles", List.of("peer worker", "peer workers", "peer support", "peer role", "peer roles",
                        "peer post", "peer posts", "peer mentor", "peer specialist", "peer lead", "peer … phased out",
                        "peer … cut"),
                "wellbeing-harm", List.of("wellbeing", "well-being", "welfare", "harm", "harmed", "harmful",
                        "health … impacted", "health … affected", "health … suffered", "unwell", "hospital", "stress",
                        "stressed", "burnout", "burn out", "distress", "distressing", "exhausted", "emotional labour",
                        "emotional toll", "trauma", "retraumatised", "re-traumatised", "work safely", "unsafe"),
                "accountability", List.of("accountable", "accountability", "liable", "liability",
                        "hold … to account", "held to account", "answer for", "answerable", "take responsibility",
                        "listen to", "listened to", "not listened", "not heard", "ignored", "no response",
                        "who is responsible"));
    }

    private static Map<String, List<String>> responseTypes() {
        return Map.of(
                "explanation", List.of("because", "due to", "as a result of", "as opposed to", "the reason",
                        "the rationale", "owing to", "on the basis that", "on the basis of", "reflective of the fact",
                        "is related to", "hence", "concluded that", "not viable", "not considered possible",
                        "was agreed", "this was discussed", "in order to", "given that", "this means that",
                        "this is why", "therefore", "for this reason"),
                "deflection", List.of("is a matter for", "is the responsibility of", "responsibility lies with",
                        "outside our control", "beyond our control", "not within our gift", "not within our remit",
                        "outside our remit", "outside the remit", "stopped commissioning", "no longer commissions",
                        "decommissioned", "national decision", "nationally determined", "nhs england have",
                        "nhs england has", "nhse have", "nhse has", "the ccg has", "the ccg have", "the icb has",
                        "the icb have", "commissioners have", "commissioners decided", "should be directed to",
                        "should be raised with", "we would refer you to"),
                "acknowledgement", List.of("we accept that", "we accept the", "we acknowledge", "we recognise that",
                        "we recognize that", "we are aware that", "we are aware of the need", "is a reasonable challenge",
                        "is a fair challenge", "a fair point", "we agree that", "we agree with", "needs to change",
                        "need to improve", "could have been better", "we fell short", "lessons … learned",
                        "lessons … learnt"),
                "apology", List.of("we are sorry", "for which we are sorry", "we apologise", "we apologize",
                        "please accept our apologies", "our apologies", "sincerely sorry", "we regret that",
                        "i am sorry", "we are truly sorry"),
                "non-apology", List.of("sorry that you consider", "sorry that you feel", "sorry if you feel",
                        "sorry you feel", "sorry that you felt", "sorry if you felt", "sorry that you think",
                        "sorry if you think", "sorry that you believe", "sorry that you have been left",
                        "regret that you feel", "regret that you consider", "sorry if any offence",
                        "sorry for any upset", "sorry if this has caused", "sorry that you were upset"),
                "commitment", List.of("we will", "we shall", "we commit to", "we are committed to",
                        "we are working to", "we are working towards", "we are working on", "we plan to",
                        "we intend to", "we aim to", "we propose to", "we undertake to", "we have agreed to",
                        "going forward", "in future", "from now on", "will be discussed", "will be reviewed",
                        "will be considered", "will be put in place", "will be developed", "will be introduced",
                        "will be monitored", "will provide", "will oversee", "will ensure", "will seek assurance",
                        "will report back", "will review", "will develop", "will introduce", "will monitor",
                        "before any final decision", "before a final decision", "by the end of"),
                "denial-no-knowledge", List.of("no knowledge of", "not aware of", "unaware of", "no record of",
                        "no evidence of", "no evidence that", "we do not recognise", "we do not recognize",
                        "no information about", "not been made aware", "no reports of", "have not received any"),
                "rebuttal", List.of("this is not the case", "not the case", "we do not agree", "we disagree",
                        "we do not accept that", "is not true", "is untrue", "is not correct", "is incorrect",
                        "is inaccurate", "we refute", "we reject the", "we dispute", "we strongly dispute"),
                "refusal", List.of("cannot pledge", "cannot commit", "cannot agree", "cannot support", "we cannot",
                        "unable to agree to", "unable to agree", "we are unable to", "we were unable to",
                        "unable to support", "unable to commit", "unable to offer", "not able to", "we decline",
                        "we must decline", "not in a position to", "we are not prepared to", "will not be able to",
                        "not possible for us to", "we do not intend to"),
                "reassurance", List.of("take … seriously", "responsibilities … seriously", "processes in place",
                        "process in place", "policies in place", "safeguards in place", "remain committed to",
                        "we value", "is important to us", "are valued", "we are confident", "we continue to",
                        "support is available", "rest assured", "we want to reassure", "we would like to reassure",
                        "we recognise the importance"));
    }
}
