package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.Campaign;
import org.casebook.exchange.foi.EmailDraft;
import org.casebook.exchange.foi.MatrixCsv;
import org.casebook.exchange.foi.MatrixXlsx;
import org.casebook.foi.RequestDrafts;

/**
 * What a member needs to send a campaign's request to one body, since Casebook sends nothing itself: the text to
 * copy, a WhatDoTheyKnow link with title and text filled in, an e-mail draft (a {@code mailto:} link or an .eml
 * file), a letter to print; and the answer matrix as a spreadsheet to publish. Files are written whole or not at all.
 */
public final class FoiDraftService {

    /** The spreadsheet formats the matrix is published in. */
    public enum MatrixFormat { CSV, XLSX }

    private final FoiService foi;
    private final RequestDrafts drafts;

    public FoiDraftService(FoiService foi, RequestDrafts drafts) {
        this.foi = Objects.requireNonNull(foi, "foi");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /** One campaign's request, made ready for one body. */
    public record RequestDraft(Campaign campaign, Body body, String subject, String text, Optional<URI> whatDoTheyKnow,
            Optional<String> foiEmail, Optional<URI> mailto, String letter) {
    }

    public RequestDraft draft(CaseHandle handle, long campaignId, long bodyId) {
        record Read(Campaign campaign, Body body, BodyProfile profile) {
        }
        Read read = handle.read(r -> {
            Body body = r.bodies().body(bodyId).orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            return new Read(FoiService.campaign(r, campaignId), body,
                    r.foi().profile(bodyId).orElse(BodyProfile.none(bodyId)));
        });
        String subject = drafts.subject(read.campaign());
        String text = drafts.text(read.campaign(), read.body().name());
        Optional<URI> wdtk = read.profile().urlName().map(u -> drafts.whatDoTheyKnowLink(u, read.campaign().title(), text));
        Optional<URI> mailto = read.profile().foiEmail().map(a -> drafts.mailto(a, subject, text));
        return new RequestDraft(read.campaign(), read.body(), subject, text, wdtk, read.profile().foiEmail(), mailto,
                drafts.printableLetter(read.campaign(), read.body().name(), foi.today()));
    }

    /** Writes the request as an e-mail draft the member's mail program opens, ready to send. */
    public void writeEmail(CaseHandle handle, long campaignId, long bodyId, Path file) throws IOException {
        RequestDraft draft = draft(handle, campaignId, bodyId);
        WholeFile.write(file, ".casebook-draft", ".eml",
                out -> new EmailDraft().write(draft.foiEmail().orElse(""), draft.subject(), draft.text(), out));
    }

    /** Writes the request as a dated letter to print (UTF-8 text), for a body the member writes to by post. */
    public void writeLetter(CaseHandle handle, long campaignId, long bodyId, Path file) throws IOException {
        RequestDraft draft = draft(handle, campaignId, bodyId);
        WholeFile.write(file, ".casebook-letter", ".txt",
                out -> out.write(draft.letter().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public void writeMatrix(CaseHandle handle, long campaignId, MatrixFormat format, LocalDate on, OutputStream out)
            throws IOException {
        AnswerMatrix matrix = foi.matrix(handle, campaignId, on);
        switch (format) {
            case CSV -> new MatrixCsv().write(matrix, out);
            case XLSX -> new MatrixXlsx().write(matrix, out);
            default -> throw new IllegalStateException("Unknown format " + format);
        }
    }

    public void writeMatrix(CaseHandle handle, long campaignId, MatrixFormat format, LocalDate on, Path file)
            throws IOException {
        WholeFile.write(file, ".casebook-matrix", "." + format.name().toLowerCase(java.util.Locale.ROOT),
                out -> writeMatrix(handle, campaignId, format, on, out));
    }
}
