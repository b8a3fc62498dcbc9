package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.casebook.domain.CaseSnapshot;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.exchange.PackSettingsExport;
import org.casebook.storage.CaseDatabase;

/** Writes cases out in exchange formats. */
public final class ExportService {

    private final JsonCaseExporter json;

    public ExportService(JsonCaseExporter json) {
        this.json = json;
    }

    /** Writes the open case as JSON, read in one transaction. */
    public void exportJson(CaseDatabase database, OutputStream out) throws IOException {
        record Read(CaseSnapshot snapshot, PackSettingsService.PackSettings pack) {
        }
        Read read = database.read(r -> new Read(r.snapshot(), PackSettingsService.settings(r)));
        PackSettingsExport pack = new PackSettingsExport(read.pack().groupName(), read.pack().names().stream()
                .map(n -> new PackSettingsExport.HiddenName(n.name(), n.role())).toList());
        json.write(database.folder().displayName(), read.snapshot(), ThreadService.steps(read.snapshot()), pack, out);
    }

    /** Writes the open case as JSON to a file; the file appears whole or not at all. */
    public void exportJson(CaseDatabase database, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".casebook-export", ".json");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                exportJson(database, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
