package org.casebook.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casebook.domain.Body;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.StateChange;
import org.casebook.foi.AnswerReader;
import org.casebook.foi.AnswerReading;
import org.casebook.foi.StateRules;
import org.casebook.importing.model.SplitResult;
import org.casebook.service.LetterImportService.StoredLetter;

/**
 * A body's response to a campaign's request, imported like any letter (every format, the same split, the review
 * step) and then read as answers: each question matched by number to the response's items, each answer given a
 * kind. The letter, its items, the answers and the state the answers suggest are stored in one transaction.
 */
public final class FoiResponseService {

    private final LetterImportService imports;
    private final AnswerReader reader;
    private final StateRules rules;
    private final Clock today;

    public FoiResponseService(LetterImportService imports, AnswerReader reader, StateRules rules, Clock today) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** What importing a response stored. */
    public record ResponseImport(StoredLetter letter, List<FoiAnswer> answers, Optional<StateChange> stateChange) {
        public ResponseImport {
            answers = List.copyOf(answers);
        }
    }

    /** Reads a response and splits it, nothing stored yet, for the review step. */
    public ImportDraft prepare(CaseHandle handle, long requestId, Path file, ProgressListener progress) {
        handle.read(r -> FoiService.request(r, requestId));
        return imports.prepare(file, progress);
    }

    /**
     * Reads, splits and stores a response without review (the command line). A WhatDoTheyKnow "download all
     * correspondence" zip is read for its last response's document.
     */
    public ResponseImport importResponse(CaseHandle handle, long requestId, Path file) {
        if (WhatDoTheyKnowImport.isCorrespondenceZip(file)) {
            handle.read(r -> FoiService.request(r, requestId));
            return TemporaryFolder.use("casebook-correspondence", folder ->
                    importResponse(handle, requestId, WhatDoTheyKnowImport.responseDocument(file, folder)));
        }
        ImportDraft draft = prepare(handle, requestId, file, ProgressListener.NONE);
        return store(handle, requestId, draft, draft.split());
    }

    /** Whether a file is a WhatDoTheyKnow request saved as JSON, read by {@link #importRequestPage}. */
    public static boolean isRequestPage(Path file) {
        return WhatDoTheyKnowImport.isRequestJson(file);
    }

    /** Brings a WhatDoTheyKnow request page's address and state into the request, when they follow. */
    public Optional<StateChange> importRequestPage(CaseHandle handle, long requestId, Path json) {
        return new WhatDoTheyKnowImport(rules).importJson(handle, requestId, json, LocalDate.now(today));
    }

    /** Stores a reviewed response to a request, with its answers, in one transaction. */
    public ResponseImport store(CaseHandle handle, long requestId, ImportDraft draft, SplitResult reviewed) {
        return store(handle, requestId, draft, reviewed, Optional.empty());
    }

    /**
     * The review step for a response: the member corrects the split as for any letter (the details they give are
     * kept, the body always the request's), and saving stores the letter with its answers and suggested state.
     */
    public ReviewSession review(CaseHandle handle, long requestId, ImportDraft draft) {
        handle.read(r -> FoiService.request(r, requestId));
        return new ReviewSession(imports, handle, draft,
                (h, d, split, details) -> store(h, requestId, d, split, details.date(), Optional.of(details)).letter());
    }

    /**
     * {@link #store(CaseHandle, long, ImportDraft, SplitResult)}, with the day the response came when the member
     * knows it; otherwise the letter's own date, or today.
     */
    public ResponseImport store(CaseHandle handle, long requestId, ImportDraft draft, SplitResult reviewed,
            Optional<LocalDate> received) {
        return store(handle, requestId, draft, reviewed, received, Optional.empty());
    }

    private ResponseImport store(CaseHandle handle, long requestId, ImportDraft draft, SplitResult reviewed,
            Optional<LocalDate> received, Optional<LetterDetails> given) {
        record Target(FoiRequest request, Campaign campaign, Body body) {
        }
        Target target = handle.read(r -> {
            FoiRequest request = FoiService.request(r, requestId);
            return new Target(request, FoiService.campaign(r, request.campaignId()),
                    r.bodies().body(request.bodyId()).orElseThrow());
        });
        LetterDetails suggested = draft.suggestedDetails();
        LetterDetails details = given.map(d -> new LetterDetails(d.title(), d.date(), d.from(), d.to(),
                        Optional.of(target.body().name()), Optional.empty(), Optional.empty()))
                .orElseGet(() -> new LetterDetails("Response from " + target.body().name() + ": "
                        + target.campaign().title(), suggested.date().or(() -> received),
                        suggested.from().isBlank() ? target.body().name() : suggested.from(), suggested.to(),
                        Optional.of(target.body().name()), Optional.empty(), Optional.empty()));
        LocalDate now = LocalDate.now(today);
        LocalDate answeredOn = received.or(suggested::date).filter(d -> !d.isAfter(now)).filter(d -> !d.isBefore(
                target.request().stateSince())).orElse(now);
        return imports.store(handle, draft, reviewed, details, (r, stored) -> {
            List<FoiAnswer> answers = FoiAnswers.match(requestId, target.campaign(), stored.items(),
                    (request, question, item) -> {
                        AnswerReading reading = reader.read(FoiAnswers.answerText(item));
                        return new FoiAnswer(request, question, reading.kind(), reading.exemption(),
                                Optional.of(item.id()));
                    });
            answers.forEach(r.foi()::putAnswer);
            FoiRequest request = FoiService.request(r, requestId);
            FoiState suggestedState = FoiAnswers.suggestedState(answers);
            Optional<StateChange> change = Optional.empty();
            if (request.state().stage() != FoiState.Stage.ANSWERED
                    && rules.refusal(request, suggestedState, answeredOn, now).isEmpty()) {
                change = Optional.of(r.foi().addChange(new StateChange(0, requestId, suggestedState, answeredOn,
                        "as the imported response reads")));
            }
            return new ResponseImport(stored, answers, change);
        });
    }

    /** Corrects the kind of one answer (the member confirms or changes what was found in the text). */
    public FoiAnswer setAnswer(CaseHandle handle, FoiAnswer answer) {
        return handle.write(r -> {
            FoiService.request(r, answer.requestId());
            FoiAnswer before = r.foi().answersTo(answer.requestId()).stream()
                    .filter(a -> a.question() == answer.question()).findFirst()
                    .orElse(new FoiAnswer(answer.requestId(), answer.question(),
                            org.casebook.domain.foi.AnswerKind.NOT_ANSWERED, Optional.empty(), Optional.empty()));
            r.foi().putAnswer(answer);
            return before;
        });
    }
}
