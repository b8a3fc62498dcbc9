package org.casebook.service;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.ConcernThread;
import org.casebook.domain.Letter;
import org.casebook.domain.Meeting;
import org.casebook.domain.ProgressListener;
import org.casebook.domain.Theme;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.report.BriefingPack;
import org.casebook.report.PackInput;
import org.casebook.report.PackOptions;
import org.casebook.report.PackPages;
import org.casebook.report.PackPrinter;
import org.casebook.report.model.PackDocument;
import org.casebook.report.model.PackPreview;
import org.casebook.report.model.PackScope;
import org.casebook.report.model.PackSection;
import org.casebook.service.PackSettingsService.PackSettings;
import org.casebook.service.UnknownIdException.Kind;
import org.casebook.storage.Repositories;

/** Builds briefing packs from the open case, writes them to disk, and opens them for a preview or the printer. */
public final class PackService {

    /** The cover's title when the member gives none. */
    static final String DEFAULT_TITLE = "Briefing pack";

    private final PackSettingsService settings;
    private final FoiService foi;
    private final Clock clock;
    private final BriefingPack builder = new BriefingPack();

    /** {@code foi} gives each campaign's answer matrix for the pack's campaign section. */
    public PackService(PackSettingsService settings, FoiService foi, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.foi = Objects.requireNonNull(foi, "foi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today, by the service's clock: the default date on a pack's cover and the day "overdue" is counted from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads the case and its pack settings in one read, checks that every id the request names is the case's, and
     * writes the pack. Long: call it off the JavaFX thread; it reports progress and stops with
     * {@link org.casebook.domain.CancelledException} when cancelled.
     *
     * @throws UnknownIdException when the scope names a meeting, letter, theme or thread the case does not have
     * @throws org.casebook.report.model.EmptyPackException when no item of the case is in the scope
     */
    public PackDocument build(CaseHandle handle, PackRequest request, ProgressListener progress) {
        progress.progress(0, 1, "Reading the case");
        Made read = handle.read(r -> {
            PackOptions options = options(request, checked(r, request.scope()));
            CaseSnapshot snapshot = r.snapshot();
            PackSettings pack = PackSettingsService.settings(r);
            return new Made(options, new PackInput(snapshot, ThreadService.steps(snapshot), pack.groupName(),
                    settings.namesToHide(snapshot.letters(), pack), today(), campaigns(r, options)));
        });
        return builder.build(read.input(), request.scope(), read.options(), progress);
    }

    private record Made(PackOptions options, PackInput input) {
    }

    /** Each campaign's answers as they stand on the pack's date, in the same read as the rest of the case. */
    private List<AnswerMatrix> campaigns(Repositories r, PackOptions options) {
        if (!options.sections().contains(PackSection.CAMPAIGNS)) {
            return List.of();
        }
        return r.foi().campaigns().stream().map(c -> foi.matrix(r, c, options.date())).toList();
    }

    private PackOptions options(PackRequest request, Optional<Meeting> meeting) {
        String title = request.title()
                .orElseGet(() -> meeting.map(m -> DEFAULT_TITLE + ": " + m.name()).orElse(DEFAULT_TITLE));
        LocalDate date = request.date().orElseGet(() -> meeting.flatMap(Meeting::date).orElseGet(this::today));
        return new PackOptions(title, date, request.sections(), request.includeNotes(), request.largePrint(),
                request.redact());
    }

    /** The scope's meeting, once every id in the scope is found to be the case's. */
    private static Optional<Meeting> checked(Repositories r, PackScope scope) {
        Optional<Meeting> meeting = scope.meetingId().map(id -> r.bodies().meeting(id).orElseThrow(() ->
                new UnknownIdException(Kind.MEETING, id, named(r.bodies().meetings(), Meeting::id, Meeting::name))));
        for (long id : scope.letterIds()) {
            if (r.letters().byId(id).isEmpty()) {
                throw new UnknownIdException(Kind.LETTER, id, named(r.letters().all(), Letter::id, Letter::title));
            }
        }
        List<Theme> themes = r.codebook().themes();
        Set<String> themeIds = themes.stream().map(Theme::id).collect(Collectors.toSet());
        for (String id : scope.themeIds()) {
            if (!themeIds.contains(id)) {
                throw new UnknownIdException(Kind.THEME, id, named(themes, Theme::id, Theme::name));
            }
        }
        for (long id : scope.threadIds()) {
            if (r.threads().byId(id).isEmpty()) {
                throw new UnknownIdException(Kind.THREAD, id,
                        named(r.threads().all(), ConcernThread::id, ConcernThread::title));
            }
        }
        return meeting;
    }

    private static <T> List<String> named(List<T> all, java.util.function.Function<T, Object> id,
                                          java.util.function.Function<T, String> name) {
        return all.stream().map(t -> id.apply(t) + " (" + name.apply(t) + ")").toList();
    }

    /** Writes a pack to a file; the file appears whole or not at all. */
    public void save(PackDocument pack, Path file) throws IOException {
        WholeFile.write(file, ".casebook-pack", ".pdf", out -> out.write(pack.pdf()));
    }

    /** Opens a made pack to draw its pages; the caller closes it. */
    public PackPreview preview(PackDocument pack) throws IOException {
        return PackPages.open(pack.pdf());
    }

    /**
     * Shows the system's print dialog for the pack and prints it when the member says so. The dialog waits for the
     * member, so call it away from the screen's thread; it needs a desktop.
     *
     * @return true when it went to the printer, false when the member cancelled
     */
    public boolean print(PackDocument pack) throws IOException, PrinterException {
        return new PackPrinter().print(pack, pack.title());
    }
}
