package org.casebook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.casebook.app.Services;
import org.casebook.domain.CaseSnapshot;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.exchange.PackSettingsExport;
import org.casebook.testsupport.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export read a batch of letters at a time writes exactly what the whole case written at once does. */
class ExportServiceTest {

    @TempDir
    Path temp;

    @Test
    void aCaseOfManyBatchesWithThreadsIsWrittenAsTheWholeSnapshotWouldBe() throws Exception {
        Services services = TestServices.in(temp.resolve("home"));
        SecondReplyCase threaded = SecondReplyCase.create(services, temp.resolve("threads"));
        try (CaseHandle handle = threaded.database) {
            ThreadService threads = services.threadService();
            threads.suggestLinks(handle, ThreadService.DEFAULT_THRESHOLD)
                    .forEach(link -> threads.confirmLink(handle, link.itemA(), link.itemB()));
            // More letters than one batch holds, with notes, tags, stances and commitments on them.
            LargeCase.fill(handle, LargeCase.Size.letters(ExportService.BATCH * 2 + 17), 5,
                    org.casebook.domain.ProgressListener.NONE);
            CaseSnapshot whole = CaseAccess.read(handle, r -> r.snapshot());
            assertThat(whole.threads()).isNotEmpty();
            assertThat(whole.letters().size()).isGreaterThan(2 * ExportService.BATCH);

            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            services.exportService().exportJson(handle, streamed);

            PackSettingsService.PackSettings pack = CaseAccess.read(handle, PackSettingsService::settings);
            ByteArrayOutputStream atOnce = new ByteArrayOutputStream();
            new JsonCaseExporter("casebook " + org.casebook.app.Version.current()).write(handle.folder().displayName(),
                    whole, CaseAccess.read(handle, r -> r.foiSnapshot()), ThreadService.steps(whole),
                    new PackSettingsExport(pack.groupName(), pack.names().stream()
                            .map(n -> new PackSettingsExport.HiddenName(n.name(), n.role())).toList()), atOnce);
            assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(atOnce.toString(StandardCharsets.UTF_8))
                    .contains("\"steps\"");
        }
    }
}
