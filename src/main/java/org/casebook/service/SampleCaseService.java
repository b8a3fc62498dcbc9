package org.casebook.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ProgressListener;
import org.casebook.service.LetterImportService.StoredLetter;
import org.casebook.storage.CaseFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the sample case a newcomer can open at once: a fictional Trust's reply imported the way a member imports
 * one, then tagged, answered and with its commitments tracked, all through the same services the screens use.
 * The result is whole or absent: if any step fails, the half-made case folder is removed.
 */
public final class SampleCaseService {

    /** The folder the app keeps its sample in, inside {@link AppDirectories#samples()}. */
    public static final String FOLDER_NAME = "Sample case" + CaseFolder.SUFFIX;

    static final String LETTER_RESOURCE = "sample/northvale-reply.docx";
    static final String BODY = "Northvale and Kestrel NHS Foundation Trust – Board";
    static final String MEETING = "Trust Board";
    static final LocalDate MEETING_DATE = LocalDate.of(2026, 9, 17);
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 10, 12);

    private static final Logger LOG = LoggerFactory.getLogger(SampleCaseService.class);

    private final CaseService cases;
    private final LetterImportService imports;
    private final AnnotationService annotations;
    private final Optional<SampleCampaign> campaign;

    /** What the sample holds, for a one-line account of it. */
    /** The made-up group the sample letter answers. */
    static final String GROUP_NAME = "Lived Experience Practitioners’ Forum";

    public record Contents(int letters, int items, int commitments) {
    }

    public SampleCaseService(CaseService cases, LetterImportService imports, AnnotationService annotations) {
        this(cases, imports, annotations, Optional.empty());
    }

    /** A sample that also holds the Trust's later reply and a small FOI campaign ({@link SampleCampaign}). */
    public SampleCaseService(CaseService cases, LetterImportService imports, AnnotationService annotations,
            FoiServices foi) {
        this(cases, imports, annotations, Optional.of(foi));
    }

    private SampleCaseService(CaseService cases, LetterImportService imports, AnnotationService annotations,
            Optional<FoiServices> foi) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.campaign = foi.map(f -> new SampleCampaign(imports, f, new BodyService()));
    }

    /** Whether a case (the sample, made before) is already at {@code location}. */
    public boolean exists(Path location) {
        return CaseFolder.forNewCase(location).looksLikeCase();
    }

    /**
     * Creates the sample case at {@code location} ({@code .casebook} is added when missing) and returns it open.
     * Refuses a place where something already is, as creating any case does.
     *
     * @throws CaseException when the case cannot be created; nothing is left behind
     */
    public CaseHandle create(Path location) {
        Path root = CaseFolder.forNewCase(location).root();
        boolean folderWasThere = Files.isDirectory(root);
        CaseHandle handle = cases.create(location);
        try {
            StoredLetter letter = importLetter(handle);
            new SampleAnnotations(annotations, handle, letter).apply();
            campaign.ifPresent(c -> c.apply(handle));
            // The letter is addressed to this group; its name goes on the cover of the sample's briefing packs.
            new PackSettingsService().store(handle, new PackSettingsService.PackSettings(GROUP_NAME, List.of()));
            LOG.info("Created the sample case at {}", root);
            return handle;
        } catch (RuntimeException e) {
            handle.close();
            removeHalfMade(root, folderWasThere, e);
            throw new CaseException(CaseException.Problem.IO, root, "Could not create the sample case at "
                    + root + ": " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())
                    + ". Nothing was left behind.", e);
        }
    }

    /** Counts of what a case holds. */
    public Contents contents(CaseHandle handle) {
        CaseSnapshot snapshot = annotations.snapshot(handle);
        return new Contents(snapshot.letters().size(), snapshot.items().size(), snapshot.commitments().size());
    }

    /** Imports the shipped letter as a member would: read and split a file, then store that split with the details. */
    private StoredLetter importLetter(CaseHandle handle) {
        return TemporaryFolder.use("casebook-sample", folder -> {
            ImportDraft draft = imports.prepare(TemporaryFolder.unpack(SampleCaseService.class, LETTER_RESOURCE, folder),
                    ProgressListener.NONE);
            LetterDetails details = new LetterDetails("Reply to the Forum's questions at the Trust Board, 17 September 2026",
                    Optional.of(LETTER_DATE), "Ruth Calloway, Chair, and Martin Asher, Chief Executive",
                    "Lived Experience Practitioners' Forum", Optional.of(BODY), Optional.of(MEETING),
                    Optional.of(MEETING_DATE));
            return imports.store(handle, draft, draft.split(), details);
        });
    }

    private static void removeHalfMade(Path root, boolean keepEmptyFolder, RuntimeException failure) {
        try {
            TemporaryFolder.deleteTree(root);
            if (keepEmptyFolder) {
                // The member chose an empty folder that was there before; leave it as it was.
                Files.createDirectories(root);
            }
        } catch (UncheckedIOException | IOException e) {
            failure.addSuppressed(e);
            LOG.warn("Could not remove the half-made sample case at {}", root, e);
        }
    }
}
