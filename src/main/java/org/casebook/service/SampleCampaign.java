package org.casebook.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.Campaign;
import org.casebook.service.FoiService.RequestView;

/**
 * What the sample case adds so that Threads, Compare and the answer matrix show something on first start: the
 * Trust's later reply (a second meeting), and a small FOI campaign to three fictional Trusts, one answered, one
 * refused and one overdue. Its dates are counted back from the day the sample is made, so the overdue request is
 * overdue, and not long overdue, whenever a newcomer opens it. Every name, place and reference is made up.
 */
final class SampleCampaign {

    static final String SECOND_LETTER_RESOURCE = "sample/northvale-second-reply.txt";
    static final LocalDate SECOND_MEETING_DATE = LocalDate.of(2026, 11, 19);
    static final LocalDate SECOND_LETTER_DATE = LocalDate.of(2026, 12, 1);
    static final String TITLE = "Band 7 lived experience posts";
    static final List<String> QUESTIONS = List.of(
            "Why did the Trust not apply for the Band 7 lived experience funding offered by NHS England?",
            "Were lived experience practitioners involved in that decision?",
            "Does the Trust plan any other lived experience posts at Band 7 or above?");
    static final String WESTMOOR = "Westmoor Partnership NHS Foundation Trust";
    static final String HARROWFIELD = "Harrowfield Health NHS Trust";

    private final LetterImportService imports;
    private final FoiServices foi;
    private final BodyService bodies;

    SampleCampaign(LetterImportService imports, FoiServices foi, BodyService bodies) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.foi = Objects.requireNonNull(foi, "foi");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    void apply(CaseHandle handle) {
        LocalDate today = foi.register().today();
        TemporaryFolder.use("casebook-sample", folder -> {
            ImportDraft draft = imports.prepare(TemporaryFolder.unpack(SampleCampaign.class, SECOND_LETTER_RESOURCE,
                    folder), ProgressListener.NONE);
            return imports.store(handle, draft, draft.split(), new LetterDetails(
                    "Second reply to the Forum, Trust Board of 19 November 2026", Optional.of(SECOND_LETTER_DATE),
                    "Ruth Calloway, Chair", "Lived Experience Practitioners' Forum",
                    Optional.of(SampleCaseService.BODY), Optional.of(SampleCaseService.MEETING),
                    Optional.of(SECOND_MEETING_DATE)));
        });
        Campaign campaign = foi.register().createCampaign(handle, TITLE, QUESTIONS, Optional.empty());
        Body westmoor = trust(handle, WESTMOOR, "foi@westmoor-pft.example");
        Body harrowfield = trust(handle, HARROWFIELD, "foi.requests@harrowfield-health.example");
        Body northvale = foi.register().body(handle, SampleCaseService.BODY);
        answered(handle, campaign, westmoor, today.minusDays(56), 25, "sample/foi-response-westmoor.txt");
        answered(handle, campaign, harrowfield, today.minusDays(49), 27, "sample/foi-response-harrowfield.txt");
        // Six weeks back: the 20 working days have passed, the 40 of "long overdue" have not.
        foi.register().recordSent(handle, campaign.id(), northvale.id(), today.minusDays(42), Optional.empty());
    }

    private Body trust(CaseHandle handle, String name, String foiEmail) {
        Body body = bodies.addBody(handle, name);
        foi.register().setProfile(handle, new BodyProfile(body.id(), Optional.empty(), Optional.empty(),
                Optional.of(foiEmail), List.of("nhstrust", "sample"), Optional.empty()));
        return body;
    }

    private void answered(CaseHandle handle, Campaign campaign, Body body, LocalDate sent, int daysToAnswer,
            String response) {
        RequestView request = foi.register().recordSent(handle, campaign.id(), body.id(), sent, Optional.empty());
        long id = request.request().id();
        TemporaryFolder.use("casebook-sample", folder -> {
            ImportDraft draft = foi.responses().prepare(handle, id,
                    TemporaryFolder.unpack(SampleCampaign.class, response, folder), ProgressListener.NONE);
            return foi.responses().store(handle, id, draft, draft.split(), Optional.of(sent.plusDays(daysToAnswer)));
        });
    }
}
