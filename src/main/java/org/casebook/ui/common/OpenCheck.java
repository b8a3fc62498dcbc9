package org.casebook.ui.common;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.casebook.service.CaseService.CheckReport;
import org.casebook.service.CaseService.RestorePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a case before the window opens it (ADR 13), reading it only. When something is wrong it says what, calmly,
 * and offers to restore the newest sound backup or to keep the case as it is. A check that cannot run at all (no
 * case there, open elsewhere) leaves the opening to report it, as it always has.
 */
final class OpenCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCheck.class);
    /** Problems listed in the dialog before the rest are counted. */
    private static final int LISTED = 5;

    private final CaseSession.Dependencies deps;

    OpenCheck(CaseSession.Dependencies deps) {
        this.deps = deps;
    }

    /** Checks {@code root} in the background; then opens it as it is, or restores the backup the member chose. */
    void thenOpen(Path root, Consumer<Boolean> busy, Runnable open, Consumer<RestorePoint> restoreAndOpen) {
        busy.accept(true);
        deps.tasks().<Optional<CheckReport>>run(progress -> {
            progress.progress(-1, -1, text("case.check.working"));
            try {
                return Optional.of(deps.cases().check(root));
            } catch (RuntimeException e) {
                LOG.info("Could not check {} before opening it: {}", root, e.getMessage());
                return Optional.empty();
            }
        }, report -> {
            busy.accept(false);
            if (report.isEmpty() || report.get().sound()) {
                open.run();
            } else {
                offer(report.get(), open, restoreAndOpen);
            }
        }, failure -> {
            busy.accept(false);
            LOG.warn("Checking {} failed", root, failure);
            open.run();
        });
    }

    private void offer(CheckReport report, Runnable open, Consumer<RestorePoint> restoreAndOpen) {
        LOG.warn("The case {} is not sound: {}", report.root(), report.problems());
        String problems = listed(report.problems());
        Optional<RestorePoint> backup = report.restoreFrom();
        if (report.databaseSound()) {
            // Only originals are wrong, and no backup holds them: restoring would only undo work.
            deps.dialogs().showInfo(text("case.check.title"),
                    deps.messages().format("case.check.originals", report.name(), problems));
            open.run();
            return;
        }
        if (backup.isEmpty()) {
            deps.dialogs().showInfo(text("case.check.title"),
                    deps.messages().format("case.check.noBackup", report.name(), problems));
            open.run();
            return;
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.UK).withZone(deps.zone()).format(backup.get().taken());
        boolean restore = deps.dialogs().confirm(text("case.check.title"),
                deps.messages().format("case.check.message", report.name(), problems, when),
                text("case.check.restore"), text("case.check.keep"));
        if (restore) {
            restoreAndOpen.accept(backup.get());
        } else {
            open.run();
        }
    }

    private String listed(List<String> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().limit(LISTED).forEach(p -> text.append("• ").append(p).append('\n'));
        if (problems.size() > LISTED) {
            text.append(deps.messages().format("case.check.more", problems.size() - LISTED));
        }
        return text.toString().strip();
    }

    private String text(String key) {
        return deps.messages().get(key);
    }
}
