package org.casebook.app;

import java.time.Clock;
import java.util.Objects;
import org.casebook.analysis.DefaultRules;
import org.casebook.analysis.Suggester;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.foi.AnswerReader;
import org.casebook.foi.FoiClock;
import org.casebook.foi.RequestDrafts;
import org.casebook.foi.StateRules;
import org.casebook.foi.WorkingDays;
import org.casebook.importing.reading.DocumentReaders;
import org.casebook.importing.split.LetterSplitter;
import org.casebook.importing.split.MetadataFinder;
import org.casebook.service.AnnotationService;
import org.casebook.service.AppDirectories;
import org.casebook.service.Backend;
import org.casebook.service.SearchService;
import org.casebook.service.BodyService;
import org.casebook.service.CaseService;
import org.casebook.service.CodebookService;
import org.casebook.service.EvaluationService;
import org.casebook.service.ExportService;
import org.casebook.service.FoiDraftService;
import org.casebook.service.FoiResponseService;
import org.casebook.service.FoiService;
import org.casebook.service.FoiServices;
import org.casebook.service.LetterImportService;
import org.casebook.service.PackService;
import org.casebook.service.PackSettingsService;
import org.casebook.service.SampleCaseService;
import org.casebook.service.SplitEvaluationService;
import org.casebook.service.SuggestionEngine;
import org.casebook.service.SuggestionWorkflow;
import org.casebook.service.ThreadService;
import org.casebook.service.UserSettings;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;

/**
 * The one place where every service is built and wired. The GUI and the CLI each build one; tests build one over a
 * temporary {@link AppDirectories} and a fixed {@link Clock}. Nothing here touches the disk until a service is used.
 */
public final class Services {

    private final AppDirectories directories;
    private final Clock clock;
    private final CaseService caseService;
    private final UserSettings settings;
    private final ExportService exportService;
    private final LetterImportService importService;
    private final AnnotationService annotationService;
    private final CodebookService codebookService;
    private final SampleCaseService sampleCaseService;
    private final ThreadService threadService = new ThreadService();
    private final SuggestionWorkflow suggestionWorkflow;
    private final BodyService bodyService = new BodyService();
    private final PackSettingsService packSettingsService = new PackSettingsService();
    private final PackService packService;
    private final EvaluationService evaluationService;
    private final SplitEvaluationService splitEvaluationService;
    private final FoiServices foiServices;
    private final SearchService searchService = new SearchService();

    public Services(AppDirectories directories, Clock clock) {
        this.directories = Objects.requireNonNull(directories, "directories");
        this.clock = Objects.requireNonNull(clock, "clock");
        // The analysis package's rules join here: DefaultRules for new cases' phrases, its Suggester as the engine.
        this.caseService = new CaseService(new CaseStore(new Backups(clock)), DefaultRules.lxp());
        // The one way into the suggester: the import, "suggest again" and the evaluation all run this engine.
        SuggestionEngine suggester = (text, rules) -> new Suggester(rules).suggest(text);
        this.suggestionWorkflow = new SuggestionWorkflow(suggester);
        this.evaluationService = new EvaluationService(suggester);
        this.settings = UserSettings.load(directories.settingsFile());
        this.exportService = new ExportService(new JsonCaseExporter("casebook " + Version.current()));
        this.importService = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder(),
                suggestionWorkflow);
        // The split is measured with the very readers and splitter an import uses.
        this.splitEvaluationService = new SplitEvaluationService(DocumentReaders.standard(), new LetterSplitter());
        this.annotationService = new AnnotationService(clock);
        this.codebookService = new CodebookService();
        // The sample shows a group's finished work as it stands; it is imported without fresh suggestions so that its
        // answers and commitments are the ones written for it (suggestions on it are one "suggest again" away).
        LetterImportService sampleImports = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(),
                new MetadataFinder());
        this.sampleCaseService = new SampleCaseService(caseService, sampleImports, annotationService,
                foiServices(sampleImports, clock));
        this.foiServices = foiServices(importService, clock);
        this.packService = packService(packSettingsService, foiServices, clock);
    }

    /** FOI campaigns: one clock of England's working days for the register, the rules and the matrix alike. */
    static FoiServices foiServices(LetterImportService imports, Clock clock) {
        FoiClock foiClock = new FoiClock(new WorkingDays());
        StateRules rules = new StateRules(foiClock);
        FoiService register = new FoiService(foiClock, rules, clock);
        return new FoiServices(register, new FoiResponseService(imports, new AnswerReader(), rules, clock),
                new FoiDraftService(register, new RequestDrafts()));
    }

    /** Briefing packs: the FOI register gives each campaign's answers for the pack's campaign section. */
    static PackService packService(PackSettingsService settings, FoiServices foi, Clock clock) {
        return new PackService(settings, foi.register(), clock);
    }

    public SearchService searchService() {
        return searchService;
    }

    public FoiServices foiServices() {
        return foiServices;
    }

    /** Points Logback at the user's log folder; call before the first logger is made. */
    static void prepareLogging() {
        if (System.getProperty("casebook.logdir") == null) {
            System.setProperty("casebook.logdir", AppDirectories.forCurrentUser().logs().toString());
        }
    }

    /** Services for the person running the program: their data folder and the system clock. */
    public static Services forCurrentUser() {
        return new Services(AppDirectories.forCurrentUser(), Clock.systemDefaultZone());
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public CaseService caseService() {
        return caseService;
    }

    public UserSettings settings() {
        return settings;
    }

    public ExportService exportService() {
        return exportService;
    }

    public LetterImportService importService() {
        return importService;
    }

    /** The services a window or the command line works with. */
    public Backend backend() {
        return new Backend(caseService, importService, annotationService, codebookService, settings, directories, clock,
                sampleCaseService, suggestionWorkflow, threadService, bodyService, packService, packSettingsService,
                exportService, evaluationService, splitEvaluationService, foiServices, searchService);
    }

    public EvaluationService evaluationService() {
        return evaluationService;
    }

    public SplitEvaluationService splitEvaluationService() {
        return splitEvaluationService;
    }

    public AnnotationService annotationService() {
        return annotationService;
    }

    public CodebookService codebookService() {
        return codebookService;
    }

    public ThreadService threadService() {
        return threadService;
    }

    public SampleCaseService sampleCaseService() {
        return sampleCaseService;
    }

    public BodyService bodyService() {
        return bodyService;
    }

    public PackService packService() {
        return packService;
    }

    public PackSettingsService packSettingsService() {
        return packSettingsService;
    }

    public SuggestionWorkflow suggestionWorkflow() {
        return suggestionWorkflow;
    }
}
