package org.casebook.exchange.foi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.domain.foi.Authority;
import org.casebook.exchange.ExchangeFormatException;

/**
 * Reads a list of public authorities: WhatDoTheyKnow's export ({@code /body/all-authorities.csv}: Internal ID (since
 * 2022), Name, Short name, URL name, Tags, Home page, Publication scheme, Disclosure log, Notes, Created at, Updated
 * at, Version), or a plain list with a name column and, usually, an FOI e-mail column. Columns are found by their
 * header, in any order and case, so both ages of the export and hand-made lists read alike.
 */
public final class AuthoritiesCsv {

    private static final Set<String> NAME = Set.of("name", "body", "authority", "organisation", "organization",
            "publicbody", "bodyname", "authorityname", "organisationname");
    private static final Set<String> EMAIL = Set.of("email", "foiemail", "requestemail", "address", "emailaddress",
            "foiemailaddress", "requestemailaddress", "foiaddress");
    private static final Set<String> TAGS = Set.of("tags", "tag");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\"]+");
    // WhatDoTheyKnow writes tags apart by spaces; a hand-made list may use commas or semicolons.
    private static final Pattern TAG_GAP = Pattern.compile("[\\s,;]+");

    private AuthoritiesCsv() {
    }

    public static AuthorityList read(Path file) throws IOException {
        return read(file, Optional.empty());
    }

    /** The authorities of the file, only those with the tag when one is given (as WhatDoTheyKnow lists by tag). */
    public static AuthorityList read(Path file, Optional<String> tag) throws IOException {
        CsvRows.Table table = CsvRows.read(file);
        List<String> header = table.rows().get(0);
        Columns columns = Columns.of(header);
        if (columns.name < 0) {
            List<String> named = header.stream().filter(h -> !h.isBlank()).toList();
            throw new ExchangeFormatException(file, "is not a list of authorities: it has no Name column ("
                    + (named.isEmpty() ? "its first row is empty" : "it has: " + String.join(", ", named)) + ").");
        }
        List<String> warnings = new ArrayList<>();
        if (table.windows1252()) {
            warnings.add(file.getFileName() + " is not UTF-8; it was read as Windows-1252 (Excel's plain CSV).");
        }
        if (columns.urlName < 0 && columns.email < 0) {
            warnings.add(file.getFileName() + " has no e-mail column, so the bodies have no addresses to write to.");
        }
        List<Authority> authorities = new ArrayList<>();
        List<Integer> nameless = new ArrayList<>();
        List<List<String>> rows = table.rows();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            // Rows count as a spreadsheet numbers them: the header is row 1.
            int rowNumber = i + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String name = cell(row, columns.name).orElse("");
            if (name.isBlank()) {
                nameless.add(rowNumber);
                continue;
            }
            Optional<String> email = cell(row, columns.email);
            if (email.isPresent() && !EMAIL_SHAPE.matcher(email.get()).matches()) {
                warnings.add("Row " + rowNumber + " (" + name.strip() + "): \"" + email.get()
                        + "\" is not an e-mail address, so it was left out.");
                email = Optional.empty();
            }
            List<String> tags = cell(row, columns.tags).map(t -> Arrays.stream(TAG_GAP.split(t))
                    .filter(s -> !s.isBlank()).distinct().toList()).orElse(List.of());
            authorities.add(new Authority(name, cell(row, columns.shortName), cell(row, columns.urlName), email, tags,
                    cell(row, columns.homePage)));
        }
        if (authorities.isEmpty() && nameless.isEmpty()) {
            warnings.add(file.getFileName() + " has a header but no authorities under it.");
        }
        if (!nameless.isEmpty()) {
            warnings.add(nameless.size() + (nameless.size() == 1 ? " row has" : " rows have")
                    + " no name and " + (nameless.size() == 1 ? "was" : "were") + " left out (row "
                    + String.join(", ", nameless.stream().map(String::valueOf).toList()) + ").");
        }
        if (tag.isPresent() && !tag.get().isBlank()) {
            String wanted = tag.get().strip();
            authorities = authorities.stream().filter(a -> tagged(a, wanted)).toList();
            if (authorities.isEmpty()) {
                warnings.add("No authority in " + file.getFileName() + " is tagged \"" + wanted + "\".");
            }
        }
        return new AuthorityList(authorities, warnings);
    }

    /** A machine tag ("charity:1234") counts as its name too, as WhatDoTheyKnow's own tag lists do. */
    private static boolean tagged(Authority authority, String wanted) {
        String prefix = wanted.toLowerCase(Locale.ROOT) + ":";
        return authority.hasTag(wanted)
                || authority.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    private static Optional<String> cell(List<String> row, int column) {
        if (column < 0 || column >= row.size()) {
            return Optional.empty();
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Where each known column is in the header, or -1; headers compared by their letters alone ("E-mail" = "email"). */
    private record Columns(int name, int shortName, int urlName, int email, int tags, int homePage) {
        static Columns of(List<String> header) {
            List<String> keys = header.stream().map(h -> h.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")).toList();
            return new Columns(find(keys, NAME), find(keys, Set.of("shortname")), find(keys, Set.of("urlname")),
                    find(keys, EMAIL), find(keys, TAGS), find(keys, Set.of("homepage", "website", "url")));
        }

        private static int find(List<String> keys, Set<String> names) {
            for (int i = 0; i < keys.size(); i++) {
                if (names.contains(keys.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
