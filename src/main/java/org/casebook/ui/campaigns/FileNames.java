package org.casebook.ui.campaigns;

/** A campaign's or body's words made safe as a file name on every system. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String words) {
        String clean = words.replaceAll("[\\\\/:*?\"<>|]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() > 80 ? clean.substring(0, 80).strip() : clean;
    }
}
