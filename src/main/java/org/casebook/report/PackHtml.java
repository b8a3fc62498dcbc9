package org.casebook.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.report.PackModel.CommitmentRow;
import org.casebook.report.PackModel.Count;
import org.casebook.report.PackModel.History;
import org.casebook.report.PackModel.LetterText;
import org.casebook.report.PackModel.PackItem;
import org.casebook.report.PackModel.Step;
import org.casebook.report.PackModel.ThemeSection;
import org.casebook.report.model.PackSection;

/**
 * Writes a {@link PackModel} as the XHTML that OpenHTMLtoPDF lays out: one {@code h1} per section, each on a new
 * page, a contents list whose page numbers the layout fills in, bookmarks with the same titles, and charts as
 * {@code <object>} elements with alternative text. The structure is what a screen reader follows in the tagged PDF.
 */
final class PackHtml {

    /** A section of the contents: its anchor, its title and the entries under it. */
    record Entry(String anchor, String title, List<Entry> children) {
    }

    private final PackText words;
    private final CampaignHtml campaigns;

    PackHtml(PackText words) {
        this.words = words;
        this.campaigns = new CampaignHtml(words);
    }

    /** The charts the summary shows, keyed by the id their {@code <object>} carries. */
    Map<String, BarChart> charts(PackModel model) {
        Map<String, BarChart> charts = new LinkedHashMap<>();
        charts.put("stances", new BarChart("stances", words.get("chart.stances"), model.summary().stances()));
        if (!model.summary().themes().isEmpty()) {
            charts.put("themes", new BarChart("themes", words.get("chart.themes"), model.summary().themes()));
        }
        charts.put("commitments", new BarChart("commitments", words.get("chart.commitments"),
                model.summary().commitments()));
        return charts;
    }

    /** The contents, in page order; also the PDF's bookmarks. */
    List<Entry> contents(PackModel model, Set<PackSection> sections) {
        List<Entry> entries = new ArrayList<>();
        if (sections.contains(PackSection.SUMMARY)) {
            entries.add(new Entry("summary", words.get("section.summary"), List.of()));
        }
        if (sections.contains(PackSection.CONCERNS)) {
            entries.add(new Entry("concerns", words.get("section.concerns"), model.concerns().stream()
                    .map(s -> new Entry(s.anchor(), s.name(), List.of())).toList()));
        }
        if (sections.contains(PackSection.COMMITMENTS)) {
            entries.add(new Entry("commitments", words.get("section.commitments"), List.of()));
        }
        if (sections.contains(PackSection.CAMPAIGNS)) {
            entries.addAll(campaigns.contents(model.campaigns()));
        }
        if (sections.contains(PackSection.HISTORY) && !model.histories().isEmpty()) {
            entries.add(new Entry("history", words.get("section.history"), model.histories().stream()
                    .map(h -> new Entry(h.anchor(), h.title(), List.of())).toList()));
        }
        if (sections.contains(PackSection.LETTERS)) {
            entries.add(new Entry("letters", words.get("section.letters"), model.letters().stream()
                    .map(l -> new Entry(l.anchor(), l.title(), List.of())).toList()));
        }
        return entries;
    }

    String write(PackModel model, PackOptions options, Redactor redactor, String css) {
        Xhtml x = new Xhtml(redactor::apply);
        List<Entry> contents = contents(model, options.sections());
        x.raw("<html lang=\"en-GB\"><head><title>").text(model.title()).raw("</title>");
        x.raw("<meta name=\"subject\" content=\"").attr(words.get("pack.subject")).raw("\"/>");
        if (!model.groupName().isBlank()) {
            x.raw("<meta name=\"author\" content=\"").attr(model.groupName()).raw("\"/>");
        }
        x.raw("<meta name=\"description\" content=\"").attr(String.join(". ", model.scope())).raw("\"/>");
        x.raw("<style>").raw(css).raw("</style>");
        bookmarks(x, contents);
        x.raw("</head><body>");
        x.raw("<div class=\"running-header\">").text(model.title() + " \u00b7 " + words.date(model.date()))
                .raw("</div>");
        cover(x, model, options);
        contentsPage(x, contents);
        if (options.sections().contains(PackSection.SUMMARY)) {
            summary(x, model);
        }
        if (options.sections().contains(PackSection.CONCERNS)) {
            concerns(x, model);
        }
        if (options.sections().contains(PackSection.COMMITMENTS)) {
            commitments(x, model.commitments());
        }
        if (options.sections().contains(PackSection.CAMPAIGNS)) {
            model.campaigns().forEach(c -> campaigns.write(x, c, model.date(), options.largePrint()));
        }
        if (options.sections().contains(PackSection.HISTORY) && !model.histories().isEmpty()) {
            histories(x, model.histories());
        }
        if (options.sections().contains(PackSection.LETTERS)) {
            letters(x, model.letters());
        }
        return x.raw("</body></html>").toString();
    }

    private void bookmarks(Xhtml x, List<Entry> contents) {
        x.raw("<bookmarks>");
        x.raw("<bookmark name=\"").attr(words.get("section.contents")).raw("\" href=\"#contents\"/>");
        for (Entry entry : contents) {
            x.raw("<bookmark name=\"").attr(entry.title()).raw("\" href=\"#").raw(entry.anchor()).raw("\">");
            for (Entry child : entry.children()) {
                x.raw("<bookmark name=\"").attr(child.title()).raw("\" href=\"#").raw(child.anchor()).raw("\"/>");
            }
            x.raw("</bookmark>");
        }
        x.raw("</bookmarks>");
    }

    private void cover(Xhtml x, PackModel model, PackOptions options) {
        x.raw("<div class=\"cover\">");
        if (!model.groupName().isBlank()) {
            x.element("p", "group", model.groupName());
        }
        x.element("h1", "cover-title", model.title());
        x.element("p", "cover-date", words.date(model.date()));
        x.raw("<ul class=\"scope\">");
        model.scope().forEach(line -> x.element("li", "", line));
        x.raw("</ul>");
        x.raw("<div class=\"cover-foot\">");
        x.element("p", "", words.get("pack.confidential"));
        if (options.redact()) {
            x.element("p", "", words.get("pack.redacted"));
        }
        x.element("p", "", words.format("pack.prepared", words.date(model.prepared())));
        x.raw("</div></div>");
    }

    private void contentsPage(Xhtml x, List<Entry> contents) {
        x.raw("<div class=\"section contents\" id=\"contents\">");
        x.element("h1", "", words.get("section.contents"));
        x.raw("<ul class=\"toc\">");
        for (Entry entry : contents) {
            x.raw("<li>");
            tocLink(x, entry, "toc-section");
            if (!entry.children().isEmpty()) {
                x.raw("<ul>");
                for (Entry child : entry.children()) {
                    x.raw("<li>");
                    tocLink(x, child, "toc-entry");
                    x.raw("</li>");
                }
                x.raw("</ul>");
            }
            x.raw("</li>");
        }
        x.raw("</ul></div>");
    }

    private static void tocLink(Xhtml x, Entry entry, String cssClass) {
        x.raw("<a class=\"").raw(cssClass).raw("\" href=\"#").raw(entry.anchor()).raw("\" title=\"").attr(entry.title())
                .raw("\">").text(entry.title()).raw("</a>");
    }

    private void summary(Xhtml x, PackModel model) {
        PackModel.Summary s = model.summary();
        x.raw("<div class=\"section\" id=\"summary\">");
        x.element("h1", "", words.get("section.summary"));
        // The key figures and our stances side by side, so the summary stays on one page in large print too.
        x.raw("<div class=\"summary-figures\"><table class=\"figures\"><tbody>");
        figure(x, "summary.items", s.items());
        figure(x, "summary.letters", s.letters());
        figure(x, "summary.meetings", s.meetings());
        figure(x, "summary.disputed", count(s.stances(), words.stance(org.casebook.domain.Stance.DISPUTE)));
        figure(x, "summary.unanswered", count(s.stances(), words.stance(org.casebook.domain.Stance.UNANSWERED)));
        figure(x, "summary.commitments", s.commitments().stream().mapToInt(Count::count).sum());
        figure(x, "summary.overdue", s.overdue());
        x.raw("</tbody></table></div>");
        List<BarChart> charts = List.copyOf(charts(model).values());
        x.raw("<div class=\"summary-side\">");
        chart(x, charts.get(0));
        x.raw("</div><div class=\"summary-rest\">");
        charts.subList(1, charts.size()).forEach(chart -> chart(x, chart));
        x.raw("</div></div>");
    }

    private static int count(List<Count> counts, String label) {
        return counts.stream().filter(c -> c.label().equals(label)).mapToInt(Count::count).sum();
    }

    private void figure(Xhtml x, String key, int value) {
        x.raw("<tr><th scope=\"row\">").text(words.get(key)).raw("</th><td>").text(Integer.toString(value))
                .raw("</td></tr>");
    }

    private void chart(Xhtml x, BarChart chart) {
        String bars = chart.bars().isEmpty() ? words.get("chart.empty") : chart.bars().stream()
                .map(b -> words.format("chart.bar", b.label(), b.count())).collect(Collectors.joining(", "));
        x.raw("<div class=\"chart\">");
        x.element("h2", "", chart.title());
        x.raw("<object type=\"").raw(BarChartDrawer.TYPE).raw("\" data-chart=\"").raw(chart.id())
                .raw("\" class=\"chart-").raw(chart.id()).raw("\" alt=\"")
                .attr(words.format("chart.alt", chart.title(), bars)).raw("\"></object>");
        x.raw("</div>");
    }

    private void concerns(Xhtml x, PackModel model) {
        x.raw("<div class=\"section\" id=\"concerns\">");
        x.element("h1", "", words.get("section.concerns"));
        for (ThemeSection section : model.concerns()) {
            x.raw("<div class=\"theme\" id=\"").raw(section.anchor()).raw("\">");
            x.element("h2", "", section.name());
            section.items().forEach(item -> item(x, item));
            x.raw("</div>");
        }
        x.raw("</div>");
    }

    private void item(Xhtml x, PackItem item) {
        x.raw("<div class=\"item\"><div class=\"keep\">");
        x.element("h3", "", words.format("item.heading", item.path()));
        x.element("p", "letter", item.letter());
        x.element("h4", "", words.get("item.concern"));
        x.element("p", "concern", item.concern());
        x.raw("</div><div class=\"keep\">");
        x.element("h4", "", words.get("item.response"));
        x.element("p", "response", item.response().orElse(words.get("item.noResponse")));
        x.raw("</div><div class=\"keep\">");
        if (item.themes().size() > 1) {
            x.element("p", "meta", words.format("item.themes", String.join(", ", item.themes())));
        }
        x.element("p", "meta", item.responseTypes().isEmpty() ? words.get("item.noTypes")
                : words.format("item.types", String.join(", ", item.responseTypes())));
        x.element("p", "stance stance-" + item.stance().code(), words.format("item.stance", words.stance(item.stance())));
        if (!item.rationale().isBlank()) {
            x.element("p", "rationale", words.format("item.rationale", item.rationale()));
        }
        x.raw("</div>");
        list(x, "item.commitments", item.commitments());
        list(x, "item.notes", item.notes());
        x.raw("</div>");
    }

    private void list(Xhtml x, String headingKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        x.element("p", "list-heading", words.get(headingKey));
        x.raw("<ul class=\"plain\">");
        lines.forEach(line -> x.element("li", "", line));
        x.raw("</ul>");
    }

    private void commitments(Xhtml x, List<CommitmentRow> rows) {
        x.raw("<div class=\"section\" id=\"commitments\">");
        x.element("h1", "", words.get("section.commitments"));
        if (rows.isEmpty()) {
            x.element("p", "", words.get("commitments.none"));
        } else {
            boolean owners = rows.stream().anyMatch(r -> !r.owner().isBlank());
            x.raw("<table class=\"register\"><thead><tr>");
            header(x, "commitments.text", owners ? "w-text-owner" : "w-text");
            header(x, "commitments.where", "w-where");
            if (owners) {
                header(x, "commitments.owner", "w-owner");
            }
            header(x, "commitments.due", "w-due");
            header(x, "commitments.status", "w-status");
            x.raw("</tr></thead><tbody>");
            for (CommitmentRow row : rows) {
                x.raw(row.overdue() ? "<tr class=\"overdue\">" : "<tr>");
                x.element("td", "", row.text()).element("td", "", row.where());
                if (owners) {
                    x.element("td", "", row.owner());
                }
                x.element("td", "", row.due().map(words::date).orElse(words.get("commitments.noDue")));
                String status = words.status(row.status());
                x.element("td", "status", row.overdue() ? status + ", " + words.get("commitments.overdue") : status);
                x.raw("</tr>");
            }
            x.raw("</tbody></table>");
        }
        x.raw("</div>");
    }

    private void header(Xhtml x, String key, String widthClass) {
        x.raw("<th scope=\"col\" class=\"").raw(widthClass).raw("\">").text(words.get(key)).raw("</th>");
    }

    private void histories(Xhtml x, List<History> histories) {
        x.raw("<div class=\"section\" id=\"history\">");
        x.element("h1", "", words.get("section.history"));
        for (History history : histories) {
            x.raw("<div class=\"thread\" id=\"").raw(history.anchor()).raw("\">");
            x.element("h2", "", history.title());
            for (Step step : history.steps()) {
                x.raw(step.inPack() ? "<div class=\"step\">" : "<div class=\"step elsewhere\">");
                x.element("h3", "", words.format("history.step", step.path(), step.letter())
                        + (step.inPack() ? "" : " " + words.get("history.notInPack")));
                x.element("p", "marker", words.format("history.marker", words.marker(step.marker())));
                x.element("p", "response", step.response().orElse(words.get("item.noResponse")));
                x.element("p", "stance stance-" + step.stance().code(),
                        words.format("item.stance", words.stance(step.stance())));
                x.raw("</div>");
            }
            x.raw("</div>");
        }
        x.raw("</div>");
    }

    private void letters(Xhtml x, List<LetterText> letters) {
        x.raw("<div class=\"section\" id=\"letters\">");
        x.element("h1", "", words.get("section.letters"));
        for (LetterText letter : letters) {
            x.raw("<div class=\"full-letter\" id=\"").raw(letter.anchor()).raw("\">");
            x.element("h2", "", letter.title());
            letter.date().ifPresent(d -> x.element("p", "meta", words.format("letter.date", words.date(d))));
            if (!letter.from().isBlank()) {
                x.element("p", "meta", words.format("letter.from", letter.from()));
            }
            if (!letter.to().isBlank()) {
                x.element("p", "meta", words.format("letter.to", letter.to()));
            }
            for (PackModel.Paragraph paragraph : letter.paragraphs()) {
                x.raw("<p>");
                paragraph.runs().forEach(run -> {
                    if (run.response()) {
                        x.element("em", "", run.text());
                    } else {
                        x.text(run.text());
                    }
                });
                x.raw("</p>");
            }
            x.raw("</div>");
        }
        x.raw("</div>");
    }
}
