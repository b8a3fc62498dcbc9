package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.casebook.domain.CaseSnapshot;
import org.casebook.exchange.JsonCaseExporter;
import org.casebook.exchange.PackSettingsExport;

/** Writes cases out in exchange formats. */
public final class ExportService {

    private final JsonCaseExporter json;

    public ExportService(JsonCaseExporter json) {
        this.json = json;
    }

    /** Writes the open case as JSON, read in one transaction. */
    public void exportJson(CaseHandle handle, OutputStream out) throws IOException {
        record Read(CaseSnapshot snapshot, org.casebook.domain.foi.FoiSnapshot foi, PackSettingsService.PackSettings pack) {
        }
        Read read = handle.read(r -> new Read(r.snapshot(), r.foiSnapshot(), PackSettingsService.settings(r)));
        PackSettingsExport pack = new PackSettingsExport(read.pack().groupName(), read.pack().names().stream()
                .map(n -> new PackSettingsExport.HiddenName(n.name(), n.role())).toList());
        json.write(handle.folder().displayName(), read.snapshot(), read.foi(), ThreadService.steps(read.snapshot()), pack,
                out);
    }

    /** Writes the open case as JSON to a file; the file appears whole or not at all. */
    public void exportJson(CaseHandle handle, Path file) throws IOException {
        WholeFile.write(file, ".casebook-export", ".json", out -> exportJson(handle, out));
    }
}
