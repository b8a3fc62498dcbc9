package org.casebook.cli;

import picocli.CommandLine.Command;

/** {@code casebook}: the command line. Without a sub-command the Launcher opens the desktop app instead. */
@Command(name = "casebook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Casebook: an offline case file of letters, concerns, responses and commitments.",
        subcommands = {NewCommand.class, ImportCommand.class, ExportCommand.class, SampleCommand.class,
                EvaluateCommand.class, EvaluateSplitCommand.class, ThreadsCommand.class, PackCommand.class, CheckCommand.class,
                FoiCommand.class, SearchCommand.class})
public final class CasebookCommand implements Runnable {

    @Override
    public void run() {
        // Only reached with options and no sub-command; the Launcher starts the GUI when there are no arguments.
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "Name a command, e.g. 'new' or 'export'.");
    }
}
