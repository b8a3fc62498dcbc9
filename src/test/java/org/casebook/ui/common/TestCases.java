package org.casebook.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.casebook.app.Services;
import org.casebook.service.AppDirectories;

/** A session over a temporary app folder, real case files and a fake for every dialog; runs without JavaFX. */
public final class TestCases {

    public final Services services;
    public final FakeDialogService dialogs = new FakeDialogService();
    public final Messages messages = Messages.load();
    public final CaseSession session;

    public TestCases(Path home) {
        services = new Services(new AppDirectories(home), Clock.systemUTC());
        session = new CaseSession(new CaseSession.Dependencies(services.caseService(), services.settings(), dialogs,
                new ImmediateTaskRunner(), messages, ZoneId.of("Europe/London")));
    }
}
