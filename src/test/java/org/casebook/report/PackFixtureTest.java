package org.casebook.report;

import java.nio.file.Path;
import org.casebook.domain.ProgressListener;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that build packs of the annotated fixture letter: a fresh case for each test, closed after it. */
public abstract class PackFixtureTest {

    @TempDir
    protected Path temp;

    protected PackFixtureCase fixture;

    @BeforeEach
    void createFixtureCase() {
        fixture = PackFixtureCase.create(temp);
    }

    @AfterEach
    void closeFixtureCase() {
        fixture.database.close();
    }

    /** A pack of the fixture case through the real service, as the app and the command line make it. */
    protected PackDocument pack(PackScope scope, PackOptions options) {
        return fixture.services.packService().build(fixture.database, PackRequests.of(scope, options),
                ProgressListener.NONE);
    }
}
