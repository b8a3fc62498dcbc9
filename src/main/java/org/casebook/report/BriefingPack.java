package org.casebook.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casebook.domain.CancelledException;
import org.casebook.domain.ProgressListener;
import org.casebook.report.model.EmptyPackException;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;

/**
 * Makes a briefing pack: picks and arranges the items ({@link PackAssembler}), writes them as XHTML
 * ({@link PackHtml}) and lays that out as a tagged PDF/UA document with OpenHTMLtoPDF (ADR 12).
 */
public final class BriefingPack {

    private static final double NORMAL_PT = 11;
    private static final double LARGE_PT = 16;
    private static final String CSS = resource("pack.css");
    private static final int STEPS = 4;

    static {
        // OpenHTMLtoPDF logs every layout note through java.util.logging; the pack reports its own problems.
        XRLog.setLoggingEnabled(false);
    }

    private final PackText words = new PackText();

    /**
     * Builds the pack. Reports four steps and checks for cancelling between them; a cancelled build throws
     * {@link CancelledException} and leaves nothing behind.
     */
    public PackDocument build(PackInput input, PackScope scope, PackOptions options, ProgressListener progress) {
        step(progress, 0, "Arranging the items");
        PackModel model = new PackAssembler(words).assemble(input, scope, options);
        if (model.itemCount() == 0) {
            throw new EmptyPackException(words.get("pack.empty"));
        }
        Redactor redactor = options.redact() ? Redactor.of(input.names()) : Redactor.none();
        double fontPt = options.largePrint() ? LARGE_PT : NORMAL_PT;
        PackHtml html = new PackHtml(words);
        Map<String, BarChart> charts = html.charts(model);
        String xhtml = html.write(model, options, redactor, CSS + pageCss(fontPt, charts));

        step(progress, 1, "Laying out " + model.itemCount() + " items");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer(words.get("pack.producer"))
                .withHtmlContent(xhtml, null);
        for (PackFonts.Face face : PackFonts.Face.values()) {
            byte[] bytes = PackFonts.bytes(face);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), PackFonts.FAMILY, face.weight,
                    face.italic ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(BarChartDrawer.TYPE, new BarChartDrawer(charts, fontPt * 0.85, redactor::apply));
        builder.useObjectDrawerFactory(drawers);

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            step(progress, 2, "Writing the PDF");
            try (PDDocument document = renderer.createPDFKeepOpen()) {
                step(progress, 3, "Saving");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                progress.progress(STEPS, STEPS, "Done");
                return new PackDocument(out.toByteArray(), document.getNumberOfPages(), model.itemCount(), options.title(), options.date());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The briefing pack could not be written: " + e.getMessage(), e);
        }
    }

    private static void step(ProgressListener progress, int done, String message) {
        if (progress.isCancelled()) {
            throw new CancelledException("Making the briefing pack");
        }
        progress.progress(done, STEPS, message);
    }

    /** The parts of the style sheet that depend on the print size: the page box, the footer and chart heights. */
    private String pageCss(double fontPt, Map<String, BarChart> charts) {
        StringBuilder css = new StringBuilder(CampaignHtml.css());
        css.append(String.format(Locale.ROOT, "body { font-size: %.1fpt; }%n", fontPt));
        css.append("@page { size: A4; margin: 22mm 18mm 20mm 18mm; ")
                .append("@top-left { content: element(header); vertical-align: bottom; padding-bottom: 3mm; } ")
                .append(String.format(Locale.ROOT, "@bottom-center { content: %s; font-family: '%s'; "
                        + "font-size: %.1fpt; color: #333333; } }%n", footer(), PackFonts.FAMILY, fontPt * 0.8))
                .append("@page :first { @top-left { content: none; } }\n");
        // The first chart sits beside the key figures, in half the width.
        String first = charts.keySet().iterator().next();
        charts.values().forEach(chart -> css.append(String.format(Locale.ROOT,
                "object.chart-%s { width: %dmm; height: %.1fpt; }%n", chart.id(), chart.id().equals(first) ? 84 : 172,
                BarChartDrawer.heightPt(chart, fontPt * 0.85))));
        return css.toString();
    }

    /** "Page X of Y" as CSS content, from the words in pack.properties. */
    private String footer() {
        String[] parts = words.get("footer.page").split("\\{0}|\\{1}", -1);
        return cssString(parts[0]) + " counter(page) " + cssString(parts[1]) + " counter(pages) "
                + cssString(parts[2]);
    }

    private static String cssString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String resource(String name) {
        try (InputStream in = BriefingPack.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the program: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
