package org.casebook.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ProgressListener;
import org.casebook.report.BriefingPack;
import org.casebook.report.PackDocument;
import org.casebook.report.PackInput;
import org.casebook.report.PackOptions;
import org.casebook.report.PackScope;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.storage.CaseDatabase;

/** Builds briefing packs from the open case and writes them to disk. */
public final class PackService {

    private final PackSettingsService settings;
    private final Clock clock;
    private final BriefingPack builder = new BriefingPack();

    public PackService(PackSettingsService settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today, by the service's clock: the default date on a pack's cover and the day "overdue" is counted from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads the case and its pack settings and writes the pack. Long: call it off the JavaFX thread; it reports
     * progress and stops with {@link org.casebook.domain.CancelledException} when cancelled.
     */
    public PackDocument build(CaseDatabase db, PackScope scope, PackOptions options, ProgressListener progress) {
        progress.progress(0, 1, "Reading the case");
        PackInput input = db.read(r -> {
            CaseSnapshot snapshot = r.snapshot();
            PackSettings pack = PackSettingsService.settings(r);
            return new PackInput(snapshot, ThreadService.steps(snapshot), pack.groupName(),
                    settings.namesToHide(snapshot.letters(), pack), today());
        });
        return builder.build(input, scope, options, progress);
    }

    /** Writes a pack to a file; the file appears whole or not at all. */
    public void save(PackDocument pack, Path file) throws IOException {
        WholeFile.write(file, ".casebook-pack", ".pdf", out -> out.write(pack.pdf()));
    }
}
