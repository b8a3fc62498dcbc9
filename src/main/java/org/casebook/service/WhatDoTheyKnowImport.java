package org.casebook.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.StateChange;
import org.casebook.domain.foi.WdtkEvent;
import org.casebook.domain.foi.WdtkRequest;
import org.casebook.exchange.foi.CorrespondenceFile;
import org.casebook.exchange.foi.CorrespondenceZip;
import org.casebook.exchange.foi.WhatDoTheyKnowRequest;
import org.casebook.foi.StateRules;

/**
 * A request as WhatDoTheyKnow keeps it: its page saved as {@code .json} (its address and the state its requester
 * last gave it) and its "download all correspondence" zip (the body's letters and their attachments). The JSON
 * brings the page's address and state into the request's history; from the zip, the last response's document is
 * imported as the response.
 */
final class WhatDoTheyKnowImport {

    /** What Casebook's readers can read, in the order a response is best read from. */
    private static final List<String> DOCUMENTS = List.of(".pdf", ".docx", ".odt", ".html", ".htm", ".txt", ".eml");
    private static final Set<String> ALAVETELI_OWN = Set.of("correspondence.txt", "correspondence.pdf");

    private final StateRules rules;

    WhatDoTheyKnowImport(StateRules rules) {
        this.rules = rules;
    }

    static boolean isRequestJson(Path file) {
        return name(file).endsWith(".json");
    }

    static boolean isCorrespondenceZip(Path file) {
        return name(file).endsWith(".zip");
    }

    /** Records the page's address (when the request has none) and its state (when it follows), in one transaction. */
    Optional<StateChange> importJson(CaseHandle handle, long requestId, Path json, LocalDate today) {
        WdtkRequest page;
        try {
            page = WhatDoTheyKnowRequest.read(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return handle.write(r -> {
            FoiRequest request = FoiService.request(r, requestId);
            BodyProfile profile = r.foi().profile(request.bodyId()).orElse(BodyProfile.none(request.bodyId()));
            profile.urlName().filter(u -> !u.equalsIgnoreCase(page.bodyUrlName())).ifPresent(u -> {
                throw new IllegalArgumentException(json.getFileName() + " is a request to " + page.bodyName()
                        + ", not to the body request " + requestId + " went to; nothing was changed.");
            });
            if (request.url().isEmpty()) {
                r.foi().setUrl(requestId, Optional.of(page.url().toString()));
            }
            Optional<FoiState> state = page.state().filter(s -> s != request.state());
            LocalDate date = lastDescribed(page).filter(d -> !d.isAfter(today)).orElse(today);
            if (state.isEmpty() || rules.refusal(request, state.get(), date, today).isPresent()) {
                return Optional.<StateChange>empty();
            }
            return Optional.of(r.foi().addChange(new StateChange(0, requestId, state.get(), date,
                    "as WhatDoTheyKnow showed it")));
        });
    }

    private static Optional<LocalDate> lastDescribed(WdtkRequest page) {
        return page.events().stream().filter(e -> e.describedState().isPresent()).map(WdtkEvent::date)
                .max(Comparator.naturalOrder());
    }

    /** The document of the last response in the zip, unpacked into {@code folder}, ready to import. */
    static Path responseDocument(Path zip, Path folder) {
        List<CorrespondenceFile> files;
        try {
            files = CorrespondenceZip.read(zip);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        CorrespondenceFile chosen = files.stream()
                .filter(f -> !ALAVETELI_OWN.contains(f.displayName().toLowerCase(Locale.ROOT)))
                .filter(f -> kind(f) < DOCUMENTS.size())
                .max(Comparator.comparing((CorrespondenceFile f) -> f.message().orElse(0))
                        .thenComparing(f -> -kind(f)).thenComparing(CorrespondenceFile::size))
                .or(() -> files.stream().filter(f -> f.displayName().equalsIgnoreCase("correspondence.txt")).findFirst())
                .orElseThrow(() -> new IllegalArgumentException(zip.getFileName() + " holds no document Casebook "
                        + "can read (PDF, Word, OpenDocument, web page, text or e-mail); nothing was imported."));
        try {
            Path file = folder.resolve(safeName(chosen.displayName()));
            Files.write(file, chosen.bytes());
            return file;
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not unpack " + chosen.displayName() + " from "
                    + zip.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static int kind(CorrespondenceFile f) {
        String lower = f.displayName().toLowerCase(Locale.ROOT);
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            if (lower.endsWith(DOCUMENTS.get(i))) {
                return i;
            }
        }
        return DOCUMENTS.size();
    }

    private static String safeName(String name) {
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return clean.isEmpty() ? "response.txt" : clean;
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
