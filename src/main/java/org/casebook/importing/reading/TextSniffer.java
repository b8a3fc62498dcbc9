package org.casebook.importing.reading;

/** Whether bytes are text: a byte-order mark, or no NUL bytes and hardly any control characters. */
final class TextSniffer {

    /** Share of control characters above which bytes are taken for binary, even if they have no NUL. */
    private static final double MAX_CONTROL_SHARE = 0.005;

    private TextSniffer() {
    }

    static boolean looksLikeText(byte[] head) {
        if (hasBom(head)) {
            return true;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls <= head.length * MAX_CONTROL_SHARE;
    }

    private static boolean hasBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                || head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
    }
}
