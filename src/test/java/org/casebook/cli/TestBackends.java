package org.casebook.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.casebook.analysis.Suggester;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.service.AnnotationService;
import org.casebook.service.AppDirectories;
import org.casebook.service.Backend;
import org.casebook.service.BodyService;
import org.casebook.service.CaseService;
import org.casebook.service.CodebookService;
import org.casebook.service.EvaluationService;
import org.casebook.service.ExportService;
import org.casebook.service.FoiServices;
import org.casebook.service.LetterImportService;
import org.casebook.service.PackSettingsService;
import org.casebook.service.SampleCaseService;
import org.casebook.service.SplitEvaluationService;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.service.ThreadService;
import org.casebook.service.UserSettings;

/**
 * Command-line tests that need a case or import service set up their own way (no default phrases, a fake suggester)
 * wire the rest as the app does, around those two.
 */
final class TestBackends {

    private TestBackends() {
    }

    static Backend around(CaseService cases, LetterImportService imports, Path home) {
        Clock clock = Clock.systemUTC();
        AppDirectories directories = new AppDirectories(home);
        AnnotationService annotations = new AnnotationService(clock);
        PackSettingsService packSettings = new PackSettingsService();
        FoiServices foi = org.casebook.app.TestWiring.foiServices(imports, clock);
        return new Backend(cases, imports, annotations, new CodebookService(),
                UserSettings.load(directories.settingsFile()), directories, clock,
                new SampleCaseService(cases, imports, annotations),
                new SuggestionWorkflow((text, rules) -> new Suggester(rules).suggest(text)), new ThreadService(),
                new BodyService(), org.casebook.app.TestWiring.packService(packSettings, foi, clock), packSettings,
                new ExportService(new JsonCaseExporter("casebook test")),
                new EvaluationService((text, rules) -> new Suggester(rules).suggest(text)),
                new SplitEvaluationService(DocumentReaders.standard(), new LetterSplitter()),
                foi, new org.casebook.service.SearchService());
    }
}
