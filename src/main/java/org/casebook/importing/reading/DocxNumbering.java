package org.casebook.importing.reading;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Renders the labels Word draws for numbered paragraphs ("1.", "a)", "iv."), which are not in the text. Counters run
 * per list (numId) in document order; a level restarts when a higher level counts on. Formats: decimal (and
 * decimalZero), lower/upper letter, lower/upper roman, bullets (as "•"); others are rendered as decimal.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;

    private final Optional<XWPFNumbering> numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(Optional<XWPFNumbering> numbering) {
        this.numbering = numbering;
    }

    /** Counts this paragraph and returns its label, e.g. "b)"; empty when it is not numbered. */
    Optional<String> next(Optional<CTNumPr> numPr) {
        if (numPr.isEmpty() || numbering.isEmpty() || numPr.get().getNumId() == null) {
            return Optional.empty();
        }
        BigInteger numId = numPr.get().getNumId().getVal();
        int level = numPr.get().getIlvl() == null ? 0 : numPr.get().getIlvl().getVal().intValue();
        XWPFNum num = numbering.get().getNum(numId);
        if (num == null || level < 0 || level >= LEVELS) {
            return Optional.empty(); // numId 0 means "numbering removed"
        }
        CTLvl[] levels = levels(num);
        if (levels[level] == null) {
            return Optional.empty();
        }
        int[] count = counters.computeIfAbsent(numId, id -> unset());
        count[level] = count[level] == Integer.MIN_VALUE ? start(levels[level]) : count[level] + 1;
        Arrays.fill(count, level + 1, LEVELS, Integer.MIN_VALUE);
        return Optional.of(render(levels, count, level)).filter(s -> !s.isBlank());
    }

    private CTLvl[] levels(XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        CTNum ct = num.getCTNum();
        if (ct.getAbstractNumId() != null) {
            XWPFAbstractNum abstractNum = numbering.get().getAbstractNum(ct.getAbstractNumId().getVal());
            if (abstractNum != null) {
                for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                    put(levels, lvl.getIlvl(), lvl);
                }
            }
        }
        for (CTNumLvl override : ct.getLvlOverrideList()) {
            int i = override.getIlvl().intValue();
            if (override.isSetLvl()) {
                put(levels, override.getIlvl(), override.getLvl());
            } else if (override.isSetStartOverride() && i >= 0 && i < LEVELS && levels[i] != null) {
                CTLvl copy = (CTLvl) levels[i].copy();
                if (!copy.isSetStart()) {
                    copy.addNewStart();
                }
                copy.getStart().setVal(override.getStartOverride().getVal());
                levels[i] = copy;
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, BigInteger ilvl, CTLvl lvl) {
        int i = ilvl == null ? 0 : ilvl.intValue();
        if (i >= 0 && i < LEVELS) {
            levels[i] = lvl;
        }
    }

    private static String render(CTLvl[] levels, int[] count, int level) {
        CTLvl lvl = levels[level];
        String format = lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "%" + (level + 1) + ".";
        if ("bullet".equals(format)) {
            return text.isEmpty() || Character.getType(text.charAt(0)) == Character.PRIVATE_USE || text.charAt(0) == '\uF0B7'
                    ? "•" : text;
        }
        if ("none".equals(format)) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int referenced = text.charAt(++i) - '1';
                if (referenced >= 0 && referenced < LEVELS && levels[referenced] != null) {
                    int value = count[referenced] == Integer.MIN_VALUE ? start(levels[referenced]) : count[referenced];
                    String refFormat = levels[referenced].isSetNumFmt() ? levels[referenced].getNumFmt().getVal().toString() : "decimal";
                    label.append(NumberFormats.format(value, referenced == level ? format : refFormat));
                }
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static int[] unset() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, Integer.MIN_VALUE);
        return count;
    }
}
