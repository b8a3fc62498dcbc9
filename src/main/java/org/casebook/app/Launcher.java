package org.casebook.app;

import java.util.Arrays;
import java.util.Set;
import org.casebook.cli.Cli;

/**
 * The program's entry point. With no sub-command it opens the desktop app; with one it runs the command line.
 * It must not extend {@code Application}, or JavaFX refuses to start from a plain class path or jar.
 */
public final class Launcher {

    /** Options the desktop app understands; anything else goes to the command line. */
    static final Set<String> GUI_OPTIONS = Set.of("--exit-after-start");

    private Launcher() {
    }

    public static void main(String[] args) {
        Services.prepareLogging();
        if (isGui(args)) {
            javafx.application.Application.launch(CasebookApp.class, args);
            return;
        }
        Services services = Services.forCurrentUser();
        System.exit(new Cli(services.backend(), Version.current()).run(args));
    }

    static boolean isGui(String[] args) {
        return Arrays.stream(args).allMatch(GUI_OPTIONS::contains);
    }
}
