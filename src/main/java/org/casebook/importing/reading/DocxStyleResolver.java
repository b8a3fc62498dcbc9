package org.casebook.importing.reading;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Works out how a Word run really looks. {@code XWPFRun.isItalic()} sees only what is set on the run itself; italic
 * set by a paragraph style ("Quote"), a character style ("Emphasis"), a style they are based on, or the document
 * defaults is resolved here.
 *
 * <p>Direct formatting on the run wins. Otherwise italic and bold follow Word's toggle rule: the paragraph style
 * chain and the character style chain each switch the property, so an "Emphasis" run inside an italic "Quote"
 * paragraph is upright, as Word shows it. The document defaults count only when neither style says anything.
 */
final class DocxStyleResolver {

    /** A run's resolved look. */
    record RunLook(boolean italic, boolean bold, float fontSize) {
    }

    /** What one level of the hierarchy says; empty where it says nothing. */
    private record Props(Optional<Boolean> italic, Optional<Boolean> bold, Optional<Float> fontSize) {
        static final Props NONE = new Props(Optional.empty(), Optional.empty(), Optional.empty());

        Props over(Props parent) {
            return new Props(italic.or(parent::italic), bold.or(parent::bold), fontSize.or(parent::fontSize));
        }
    }

    private static final int MAX_CHAIN = 32;

    private final Optional<XWPFStyles> styles;
    private final Props defaults;
    private final Optional<String> defaultParagraphStyle;
    private final Map<String, Props> chainCache = new HashMap<>();

    DocxStyleResolver(XWPFDocument document) {
        this.styles = Optional.ofNullable(document.getStyles());
        this.defaults = styles.map(s -> s.getCtStyles())
                .filter(ct -> ct.isSetDocDefaults() && ct.getDocDefaults().isSetRPrDefault())
                .map(ct -> props(ct.getDocDefaults().getRPrDefault().getRPr()))
                .orElse(Props.NONE);
        this.defaultParagraphStyle = styles.flatMap(s -> s.getCtStyles().getStyleList().stream()
                .filter(st -> st.getType() == STStyleType.PARAGRAPH && st.isSetDefault() && isOn(st.getDefault()))
                .map(CTStyle::getStyleId)
                .findFirst());
    }

    /**
     * @param directRunProperties the run's own {@code w:rPr}, if any
     * @param characterStyleId    the run's {@code w:rStyle}, if any
     */
    RunLook resolve(XWPFParagraph paragraph, Optional<CTRPr> directRunProperties, Optional<String> characterStyleId) {
        Props direct = directRunProperties.map(DocxStyleResolver::props).orElse(Props.NONE);
        Props paragraphStyle = paragraphStyleId(paragraph).map(this::chain).orElse(Props.NONE);
        Props characterStyle = characterStyleId.map(this::chain).orElse(Props.NONE);
        boolean noStyleSays = paragraphStyle.italic().isEmpty() && characterStyle.italic().isEmpty();
        boolean italic = direct.italic().orElseGet(() -> noStyleSays
                ? defaults.italic().orElse(false)
                : paragraphStyle.italic().orElse(false) ^ characterStyle.italic().orElse(false));
        boolean noBoldStyle = paragraphStyle.bold().isEmpty() && characterStyle.bold().isEmpty();
        boolean bold = direct.bold().orElseGet(() -> noBoldStyle
                ? defaults.bold().orElse(false)
                : paragraphStyle.bold().orElse(false) ^ characterStyle.bold().orElse(false));
        float size = direct.fontSize().or(characterStyle::fontSize).or(paragraphStyle::fontSize)
                .or(defaults::fontSize).orElse(0f);
        return new RunLook(italic, bold, size);
    }

    /** The paragraph's numbering: its own {@code w:numPr}, else one from its paragraph style chain. */
    Optional<CTNumPr> numbering(XWPFParagraph paragraph) {
        if (paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetNumPr()) {
            return Optional.of(paragraph.getCTP().getPPr().getNumPr());
        }
        Set<String> seen = new HashSet<>();
        Optional<String> id = paragraphStyleId(paragraph);
        while (id.isPresent() && seen.add(id.get()) && seen.size() < MAX_CHAIN) {
            Optional<CTStyle> style = style(id.get());
            if (style.isEmpty()) {
                break;
            }
            CTStyle ct = style.get();
            if (ct.isSetPPr() && ct.getPPr().isSetNumPr()) {
                return Optional.of(ct.getPPr().getNumPr());
            }
            id = ct.isSetBasedOn() ? Optional.of(ct.getBasedOn().getVal()) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<String> paragraphStyleId(XWPFParagraph paragraph) {
        return Optional.ofNullable(paragraph.getStyleID()).or(() -> defaultParagraphStyle);
    }

    /** A style's properties merged with those of the styles it is based on, nearest first. */
    private Props chain(String styleId) {
        Props cached = chainCache.get(styleId);
        if (cached != null) {
            return cached;
        }
        Props merged = Props.NONE;
        Set<String> seen = new HashSet<>();
        Optional<String> id = Optional.of(styleId);
        while (id.isPresent() && seen.add(id.get()) && seen.size() < MAX_CHAIN) {
            Optional<CTStyle> style = style(id.get());
            if (style.isEmpty()) {
                break;
            }
            CTStyle ct = style.get();
            if (ct.isSetRPr()) {
                merged = merged.over(props(ct.getRPr()));
            }
            id = ct.isSetBasedOn() ? Optional.of(ct.getBasedOn().getVal()) : Optional.empty();
        }
        chainCache.put(styleId, merged);
        return merged;
    }

    private Optional<CTStyle> style(String id) {
        return styles.map(s -> s.getStyle(id)).map(XWPFStyle::getCTStyle);
    }

    private static Props props(CTRPr rPr) {
        if (rPr == null) {
            return Props.NONE;
        }
        Optional<Boolean> italic = rPr.sizeOfIArray() > 0 ? Optional.of(POIXMLUnits.parseOnOff(rPr.getIArray(0))) : Optional.empty();
        Optional<Boolean> bold = rPr.sizeOfBArray() > 0 ? Optional.of(POIXMLUnits.parseOnOff(rPr.getBArray(0))) : Optional.empty();
        Optional<Float> size = rPr.sizeOfSzArray() > 0 ? points(rPr.getSzArray(0)) : Optional.empty();
        return new Props(italic, bold, size);
    }

    private static Optional<Float> points(CTHpsMeasure measure) {
        Object value = measure.getVal();
        if (value instanceof BigInteger halfPoints) {
            return Optional.of(halfPoints.floatValue() / 2f);
        }
        if (value instanceof String text && text.endsWith("pt")) {
            try {
                return Optional.of(Float.parseFloat(text.substring(0, text.length() - 2)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isOn(Object onOff) {
        return onOff instanceof Boolean b ? b : "1".equals(String.valueOf(onOff)) || "true".equals(String.valueOf(onOff))
                || "on".equals(String.valueOf(onOff));
    }
}
