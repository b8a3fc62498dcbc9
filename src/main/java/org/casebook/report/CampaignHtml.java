package org.casebook.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.domain.foi.AnswerKind;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.Exemption;
import org.casebook.report.PackModel.CampaignCell;
import org.casebook.report.PackModel.CampaignRow;
import org.casebook.report.PackModel.CampaignSection;
import org.casebook.report.PackModel.OverdueRequest;
import org.casebook.report.PackModel.QuestionCounts;
import org.casebook.report.PackModel.Refusal;

/**
 * Writes one FOI campaign of a pack: its numbered questions, the answers side by side, a line of counts per question,
 * who is late and who refused on what grounds. Every case string (titles, bodies' names, the answers' first words)
 * goes through {@link Xhtml#text}, so a redacted pack hides names in them like in the letters. Each kind of answer is
 * written in words and only marked with its colour ({@link PackColours#answer}).
 *
 * <p>A grid of narrow columns stops being readable when there are many questions: at 11 pt an A4 page holds the
 * body's name and six question columns of about 22 mm, at 16 pt only three. Beyond that the answers are written one
 * row per body, each question's answer listed under the body's name ("Q7: Refused (s.12 cost) …"). That keeps the
 * page upright, so the pack stays one flow of A4 pages for print, large print and screen readers alike, where a
 * turned page would change the reading direction mid-pack and still overflow at twenty questions.
 */
final class CampaignHtml {

    /** The most questions shown as columns of the grid, in normal and in large print. */
    static final int MOST_COLUMNS = 6;
    static final int MOST_COLUMNS_LARGE = 3;

    private static final double BODY_COLUMN = 24;

    private final PackText words;

    CampaignHtml(PackText words) {
        this.words = words;
    }

    /** The contents' entry of each campaign: one top-level entry apiece, as each starts a page. */
    List<PackHtml.Entry> contents(List<CampaignSection> campaigns) {
        return campaigns.stream().map(c -> new PackHtml.Entry(c.anchor(), heading(c), List.of())).toList();
    }

    /** Style for the marks of the kinds of answer, from the pack's colours. */
    static String css() {
        StringBuilder css = new StringBuilder();
        for (AnswerKind kind : AnswerKind.values()) {
            css.append(".kind-").append(kind.key()).append(" { border-left-color: ")
                    .append(PackColours.answer(kind)).append("; }\n");
        }
        return css.toString();
    }

    static boolean asGrid(CampaignSection campaign, boolean largePrint) {
        return campaign.questions().size() <= (largePrint ? MOST_COLUMNS_LARGE : MOST_COLUMNS);
    }

    void write(Xhtml x, CampaignSection campaign, LocalDate date, boolean largePrint) {
        x.raw("<div class=\"section campaign\" id=\"").raw(campaign.anchor()).raw("\">");
        x.element("h1", "", heading(campaign));
        x.element("h2", "", words.get("campaign.questions"));
        x.raw("<ol class=\"questions\">");
        for (CampaignQuestion q : campaign.questions()) {
            x.raw("<li><span class=\"qno\">").text(number(q.number())).raw("</span> ")
                    .text(q.text()).raw("</li>");
        }
        x.raw("</ol>");
        x.element("h2", "", words.get("campaign.matrix"));
        x.element("p", "meta", words.get("campaign.matrix.intro"));
        if (asGrid(campaign, largePrint)) {
            grid(x, campaign);
        } else {
            byBody(x, campaign);
        }
        x.raw("<div class=\"keep\">");
        x.element("h2", "", words.get("campaign.counts"));
        x.raw("<ul class=\"plain counts\">");
        campaign.countsPerQuestion().forEach(c -> x.element("li", "", countLine(c)));
        x.raw("</ul></div>");
        overdue(x, campaign.overdue(), date);
        refusals(x, campaign.refusals());
        x.raw("</div>");
    }

    String heading(CampaignSection campaign) {
        return words.format("campaign.heading", campaign.title());
    }

    /** "Q2: 3 of 5 bodies answered, 1 refused, 1 not answered": the other kinds only when some bodies gave them. */
    String countLine(QuestionCounts counts) {
        StringBuilder line = new StringBuilder(words.format("campaign.counts.line", counts.question(),
                counts.of(AnswerKind.ANSWERED), counts.bodies()));
        for (AnswerKind kind : AnswerKind.values()) {
            if (kind != AnswerKind.ANSWERED && counts.of(kind) > 0) {
                line.append(", ").append(words.format("campaign.counts.more", counts.of(kind),
                        words.get("count." + kind.key())));
            }
        }
        return line.toString();
    }

    /** "Refused (s.12 cost)", "Partly answered (s.40 personal data)", "Answered". */
    String kind(AnswerKind kind, Optional<Exemption> exemption) {
        String name = words.get("answer." + kind.key());
        return exemption.map(e -> words.format("answer.withExemption", name, words.get("exemption.short." + e.key())))
                .orElse(name);
    }

    private String number(int question) {
        return words.format("campaign.matrix.question", question);
    }

    private void grid(Xhtml x, CampaignSection campaign) {
        double width = (100 - BODY_COLUMN) / campaign.questions().size();
        x.raw("<table class=\"matrix\"><thead><tr>");
        x.raw(String.format(Locale.ROOT, "<th scope=\"col\" style=\"width: %.1f%%\">", BODY_COLUMN))
                .text(words.get("campaign.matrix.body")).raw("</th>");
        for (CampaignQuestion q : campaign.questions()) {
            x.raw(String.format(Locale.ROOT, "<th scope=\"col\" style=\"width: %.1f%%\" abbr=\"", width))
                    .attr(words.format("campaign.matrix.questionLong", q.number())).raw("\">")
                    .text(number(q.number())).raw("</th>");
        }
        x.raw("</tr></thead><tbody>");
        for (CampaignRow row : campaign.rows()) {
            x.raw("<tr><th scope=\"row\">").text(row.body()).raw("</th>");
            for (CampaignCell cell : row.cells()) {
                x.raw("<td>");
                x.element("p", "kind kind-" + cell.kind().key(), kind(cell.kind(), cell.exemption()));
                if (!cell.firstWords().isBlank()) {
                    x.element("p", "first-words", quoted(cell.firstWords()));
                }
                x.raw("</td>");
            }
            x.raw("</tr>");
        }
        x.raw("</tbody></table>");
    }

    private void byBody(Xhtml x, CampaignSection campaign) {
        x.raw("<table class=\"matrix by-body\"><thead><tr>");
        x.raw("<th scope=\"col\" style=\"width: 30%\">").text(words.get("campaign.matrix.body")).raw("</th>");
        x.raw("<th scope=\"col\">").text(words.get("campaign.matrix.answers")).raw("</th>");
        x.raw("</tr></thead><tbody>");
        for (CampaignRow row : campaign.rows()) {
            x.raw("<tr><th scope=\"row\">").text(row.body()).raw("</th><td><ul class=\"answers\">");
            if (row.cells().stream().allMatch(c -> c.kind() == AnswerKind.NOT_ANSWERED)) {
                // Eight lines of "not answered" say less than one.
                x.raw("<li><span class=\"kind kind-not-answered\">").text(words.format("campaign.matrix.none",
                        row.cells().size())).raw("</span></li></ul></td></tr>");
                continue;
            }
            for (CampaignCell cell : row.cells()) {
                x.raw("<li><span class=\"kind kind-").raw(cell.kind().key()).raw("\">")
                        .text(number(cell.question()) + ": " + kind(cell.kind(), cell.exemption())).raw("</span>");
                if (!cell.firstWords().isBlank()) {
                    x.raw(" <span class=\"first-words\">").text(quoted(cell.firstWords())).raw("</span>");
                }
                x.raw("</li>");
            }
            x.raw("</ul></td></tr>");
        }
        x.raw("</tbody></table>");
    }

    private void overdue(Xhtml x, List<OverdueRequest> late, LocalDate date) {
        x.element("h2", "", words.get("campaign.overdue"));
        if (late.isEmpty()) {
            x.element("p", "", words.format("campaign.overdue.none", words.date(date)));
            return;
        }
        x.raw("<table class=\"register\"><thead><tr>");
        header(x, "campaign.overdue.body", 50);
        header(x, "campaign.overdue.due", 22);
        header(x, "campaign.overdue.late", 28);
        x.raw("</tr></thead><tbody>");
        for (OverdueRequest row : late) {
            String days = words.format("campaign.overdue.days", row.workingDaysLate());
            x.raw(row.longOverdue() ? "<tr class=\"overdue\">" : "<tr>");
            x.raw("<th scope=\"row\">").text(row.body()).raw("</th>");
            x.element("td", "", words.date(row.due()));
            x.element("td", "", row.longOverdue() ? words.format("campaign.overdue.long", days) : days);
            x.raw("</tr>");
        }
        x.raw("</tbody></table>");
    }

    private void refusals(Xhtml x, List<Refusal> refusals) {
        x.element("h2", "", words.get("campaign.refusals"));
        if (refusals.isEmpty()) {
            x.element("p", "", words.get("campaign.refusals.none"));
            return;
        }
        x.raw("<table class=\"register\"><thead><tr>");
        header(x, "campaign.refusals.body", 42);
        header(x, "campaign.refusals.question", 12);
        header(x, "campaign.refusals.grounds", 46);
        x.raw("</tr></thead><tbody>");
        for (Refusal refusal : refusals) {
            String grounds = refusal.exemption().map(e -> words.get("exemption.long." + e.key()))
                    .orElse(words.get("exemption.none"));
            x.raw("<tr><th scope=\"row\">").text(refusal.body()).raw("</th>");
            x.element("td", "", number(refusal.question()));
            x.element("td", "", refusal.inPart() ? words.format("campaign.refusals.inPart", grounds) : grounds);
            x.raw("</tr>");
        }
        x.raw("</tbody></table>");
    }

    private void header(Xhtml x, String key, int percent) {
        x.raw("<th scope=\"col\" style=\"width: ").raw(Integer.toString(percent)).raw("%\">").text(words.get(key))
                .raw("</th>");
    }

    private static String quoted(String firstWords) {
        return "\u201c" + firstWords + "\u201d";
    }
}
