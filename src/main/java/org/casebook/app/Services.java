package org.casebook.app;

import java.time.Clock;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.service.AppDirectories;
import org.casebook.service.CaseService;
import org.casebook.service.ExportService;
import org.casebook.service.LetterImportService;
import org.casebook.importing.DocumentReaders;
import org.casebook.importing.LetterSplitter;
import org.casebook.importing.MetadataFinder;
import org.casebook.storage.Backups;
import org.casebook.storage.CaseStore;

/** The one place where every service is built and wired. */
public final class Services {

    private final AppDirectories directories;
    private final CaseService caseService;
    private final ExportService exportService;
    private final LetterImportService importService;

    public Services(AppDirectories directories, Clock clock) {
        this.directories = directories;
        this.caseService = new CaseService(new CaseStore(new Backups(clock)));
        this.exportService = new ExportService(new JsonCaseExporter("casebook " + Version.current()));
        this.importService = new LetterImportService(DocumentReaders.standard(), new LetterSplitter(), new MetadataFinder());
    }

    public static Services forCurrentUser() {
        return new Services(AppDirectories.forCurrentUser(), Clock.systemDefaultZone());
    }

    /** Points Logback at the user's log folder; call before the first logger is made. */
    static void prepareLogging() {
        if (System.getProperty("casebook.logdir") == null) {
            System.setProperty("casebook.logdir", AppDirectories.forCurrentUser().logs().toString());
        }
    }

    public AppDirectories directories() {
        return directories;
    }

    public CaseService caseService() {
        return caseService;
    }

    public ExportService exportService() {
        return exportService;
    }

    public LetterImportService importService() {
        return importService;
    }
}
