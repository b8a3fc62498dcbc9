package org.casebook.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.report.PackModel.Count;
import org.w3c.dom.Element;

/**
 * Draws a pack's bar charts with Java 2D onto the PDF page, so they are vector graphics that stay sharp at any
 * zoom and print size. The {@code <object>} element carries the chart's id; its {@code alt} text, written by
 * {@link PackHtml}, gives the same figures to screen readers.
 */
final class BarChartDrawer implements FSObjectDrawer {

    static final String TYPE = "casebook/bar-chart";
    private static final double PX_PER_PT = 96.0 / 72.0;

    private final Map<String, BarChart> charts;
    private final double fontPt;
    private final UnaryOperator<String> redact;

    BarChartDrawer(Map<String, BarChart> charts, double fontPt, UnaryOperator<String> redact) {
        this.charts = Map.copyOf(charts);
        this.fontPt = fontPt;
        this.redact = redact;
    }

    /** The height a chart needs, in points, so the HTML can reserve it. */
    static double heightPt(BarChart chart, double fontPt) {
        return (Math.max(1, chart.bars().size()) * rowPt(fontPt)) + fontPt * 0.6;
    }

    private static double rowPt(double fontPt) {
        return fontPt * 1.55;
    }

    @Override
    public Map<java.awt.Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                                  OutputDevice device, RenderingContext context, int dotsPerPixel) {
        BarChart chart = charts.get(element.getAttribute("data-chart"));
        if (chart != null) {
            float w = (float) width / dotsPerPixel;
            float h = (float) height / dotsPerPixel;
            device.drawWithGraphics((float) x, (float) y, w, h, g -> draw(g, chart, w));
        }
        return null;
    }

    private void draw(Graphics2D g, BarChart chart, double width) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double fontPx = fontPt * PX_PER_PT;
        double row = rowPt(fontPt) * PX_PER_PT;
        g.setFont(font().deriveFont((float) fontPx));
        FontMetrics metrics = g.getFontMetrics();
        double labelWidth = Math.min(width * 0.45, chart.bars().stream()
                .mapToDouble(b -> metrics.stringWidth(redact.apply(b.label()))).max().orElse(0) + fontPx);
        double countWidth = metrics.stringWidth("0000") + fontPx / 2;
        double barArea = Math.max(1, width - labelWidth - countWidth);
        int max = Math.max(1, chart.max());
        double top = fontPx * 0.3;
        for (Count bar : chart.bars()) {
            double baseline = top + row * 0.5 + metrics.getAscent() * 0.35;
            g.setColor(Color.BLACK);
            g.drawString(fit(redact.apply(bar.label()), metrics, labelWidth - fontPx / 2), 0f, (float) baseline);
            double length = barArea * bar.count() / max;
            g.setColor(Color.decode(bar.colour()));
            g.fill(new Rectangle2D.Double(labelWidth, top + row * 0.15, Math.max(length, 0.5), row * 0.7));
            g.setColor(Color.BLACK);
            g.drawString(Integer.toString(bar.count()), (float) (labelWidth + length + fontPx / 3), (float) baseline);
            top += row;
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(0.75f));
        g.draw(new Line2D.Double(labelWidth, 0, labelWidth, top));
    }

    /** Shortens a label that would run into its bar, ending it with an ellipsis. */
    private static String fit(String label, FontMetrics metrics, double room) {
        if (metrics.stringWidth(label) <= room) {
            return label;
        }
        String shorter = label;
        while (shorter.length() > 1 && metrics.stringWidth(shorter + "…") > room) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "…";
    }

    private static Font font() {
        return FontHolder.FONT;
    }

    /** The pack's regular face for chart labels, made once. */
    private static final class FontHolder {
        static final Font FONT = load();

        private static Font load() {
            try {
                return Font.createFont(Font.TRUETYPE_FONT,
                        new ByteArrayInputStream(PackFonts.bytes(PackFonts.Face.REGULAR)));
            } catch (FontFormatException e) {
                throw new IllegalStateException("The pack's font cannot be used for charts", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
