package org.casebook.ui.common;

import java.nio.file.Path;
import java.time.ZoneId;
import org.casebook.app.Services;
import org.casebook.testsupport.TestServices;
import org.casebook.ui.review.ImportFlow;

/** A session (with its undo stack) over a temporary app folder, real case files and a fake for every dialog; runs without JavaFX. */
public final class TestCases {

    public final Services services;
    public final FakeDialogService dialogs = new FakeDialogService();
    public final Messages messages = Messages.load();
    public final TaskRunner tasks = new ImmediateTaskRunner();
    public final CaseSession session;
    public final Navigation navigation = new Navigation();
    /** The window's undo stack over this session's case. */
    public final CaseEdits edits;

    public TestCases(Path home) {
        services = TestServices.in(home);
        session = new CaseSession(new CaseSession.Dependencies(services.caseService(), services.settings(), dialogs,
                tasks, messages, ZoneId.of("Europe/London")));
        edits = new CaseEdits(session, dialogs, messages);
    }

    /** Importing into this session's case, with the app's real import service. */
    public ImportFlow imports() {
        return new ImportFlow(new ImportFlow.Dependencies(session, services.importService(), dialogs, tasks,
                messages));
    }
}
