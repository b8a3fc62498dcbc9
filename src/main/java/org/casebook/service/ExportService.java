package org.casebook.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

    /** How many letters an export reads at a time: memory holds one batch, never the whole case. */
    static final int BATCH = 200;

    /**
     * Writes the open case as JSON, read in one transaction but a batch of {@value #BATCH} letters at a time, so that
     * a case of any size is written in bounded memory.
     */
    public void exportJson(CaseHandle handle, OutputStream out) throws IOException {
        try {
            handle.read(r -> {
                PackSettingsService.PackSettings settings = PackSettingsService.settings(r);
                PackSettingsExport pack = new PackSettingsExport(settings.groupName(), settings.names().stream()
                        .map(n -> new PackSettingsExport.HiddenName(n.name(), n.role())).toList());
                CaseSnapshot outline = r.outline();
                List<Long> ids = r.letters().idsInOrder();
                // Each batch is read only when the writer reaches it.
                Iterable<CaseSnapshot> batches = () -> java.util.stream.IntStream.iterate(0, at -> at < ids.size(),
                                at -> at + BATCH)
                        .mapToObj(at -> r.lettersWithContent(ids.subList(at, Math.min(ids.size(), at + BATCH))))
                        .iterator();
                try {
                    json.write(handle.folder().displayName(), outline, r.foiSnapshot(), ThreadService.steps(outline), pack,
                            batches, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the open case as JSON to a file; the file appears whole or not at all. */
    public void exportJson(CaseHandle handle, Path file) throws IOException {
        WholeFile.write(file, ".casebook-export", ".json", out -> exportJson(handle, out));
    }
}
