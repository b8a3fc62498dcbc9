package org.casebook.service;

import java.time.Clock;
import java.util.Objects;

/**
 * The services a window or the command line works with, built once by {@code app.Services} and handed over as one
 * value, so that adding a service changes one record, not every place a window or a command is made.
 */
public record Backend(CaseService cases, LetterImportService imports, AnnotationService annotations,
                      CodebookService codebook, UserSettings settings, AppDirectories directories, Clock clock,
                      SampleCaseService samples, SuggestionWorkflow suggestions, ThreadService threads,
                      BodyService bodies, PackService packs, PackSettingsService packSettings, ExportService exports,
                      EvaluationService evaluations,
                      SplitEvaluationService splitEvaluations, FoiServices foi, SearchService search) {
    public Backend {
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(splitEvaluations, "splitEvaluations");
        Objects.requireNonNull(foi, "foi");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(directories, "directories");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(bodies, "bodies");
        Objects.requireNonNull(packs, "packs");
        Objects.requireNonNull(packSettings, "packSettings");
    }
}
