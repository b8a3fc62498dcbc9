package org.casebook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebook.domain.Body;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.StateChange;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.FoiDraftService.MatrixFormat;
import org.casebook.service.FoiResponseService.ResponseImport;
import org.casebook.service.FoiService;
import org.casebook.service.FoiService.BodyImport;
import org.casebook.service.FoiService.RequestView;
import org.casebook.service.FoiServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebook foi …}: Freedom of Information campaigns from the command line. Each sub-command is one
 * transaction, stored before it prints; bad input is refused with one line and nothing stored.
 */
@Command(name = "foi", description = "Freedom of Information campaigns: bodies, campaigns, requests, states, "
        + "responses, the list of requests and the answer matrix.",
        subcommands = {FoiCommand.Bodies.class, FoiCommand.NewCampaign.class, FoiCommand.Request.class,
            FoiCommand.Status.class, FoiCommand.Response.class, FoiCommand.ListRequests.class, FoiCommand.Matrix.class})
final class FoiCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do: bodies, campaign, request, status, "
                + "response, list or matrix.");
    }

    /** The options every sub-command shares. */
    abstract static class OnCase implements Callable<Integer> {
        final CaseService cases;
        final FoiServices foi;

        @Spec
        CommandSpec spec;

        @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
        Path casePath;

        OnCase(CaseService cases, FoiServices foi) {
            this.cases = cases;
            this.foi = foi;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public Integer call() throws IOException {
            try (CaseHandle handle = readsOnly() ? cases.openForReading(casePath) : cases.open(casePath)) {
                run(handle);
            }
            out().flush();
            return Cli.OK;
        }

        /** A command that only reads opens the case for reading, so it takes no backup. */
        boolean readsOnly() {
            return false;
        }

        abstract void run(CaseHandle handle) throws IOException;
    }

    @Command(name = "bodies", description = "Import a list of authorities (WhatDoTheyKnow's CSV export, or a CSV of "
            + "names and FOI e-mail addresses); bodies already in the case are matched, not duplicated.")
    static final class Bodies extends OnCase {
        @Option(names = "--import", required = true, paramLabel = "FILE.csv", description = "The list to import.")
        Path file;

        @Option(names = "--tag", paramLabel = "TAG", description = "Only the authorities with this tag, e.g. nhstrust.")
        String tag;

        Bodies(CaseService cases, FoiServices foi) {
            super(cases, foi);
        }

        @Override
        void run(CaseHandle handle) {
            BodyImport done = foi.register().importBodies(handle, file, Optional.ofNullable(tag));
            out().println("Imported " + done.added() + " bodies (" + done.matched() + " already in the case).");
            done.warnings().forEach(w -> spec.commandLine().getErr().println("casebook: " + w));
        }
    }

    @Command(name = "campaign", description = "Start a campaign: a title and its questions, one a line.")
    static final class NewCampaign extends OnCase {
        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The campaign's title.")
        String title;

        @Option(names = "--questions", required = true, paramLabel = "FILE",
                description = "The questions, one a line, numbered or not.")
        Path questions;

        @Option(names = "--template", paramLabel = "FILE", description = "The request's text, with {body} and "
                + "{questions} where the body's name and the questions go (default: a plain FOI request).")
        Path template;

        NewCampaign(CaseService cases, FoiServices foi) {
            super(cases, foi);
        }

        @Override
        void run(CaseHandle handle) throws IOException {
            String lines = Files.readString(questions, StandardCharsets.UTF_8);
            Optional<String> text = template == null ? Optional.empty()
                    : Optional.of(Files.readString(template, StandardCharsets.UTF_8));
            Campaign campaign = foi.register().createCampaign(handle, title, FoiService.questionLines(lines), text);
            out().println(campaign.id());
        }
    }

    @Command(name = "request", description = "Record that a campaign's request was sent to a body; prints the "
            + "request id and its due date.")
    static final class Request extends OnCase {
        @Option(names = "--campaign", required = true, paramLabel = "ID", description = "The campaign.")
        long campaign;

        @Option(names = "--body", required = true, paramLabel = "NAME",
                description = "The body, by its name, short name or WhatDoTheyKnow URL name.")
        String body;

        @Option(names = "--sent", required = true, paramLabel = "YYYY-MM-DD", description = "The day it was sent.")
        LocalDate sent;

        @Option(names = "--url", paramLabel = "URL", description = "Its WhatDoTheyKnow page, when it has one.")
        String url;

        Request(CaseService cases, FoiServices foi) {
            super(cases, foi);
        }

        @Override
        void run(CaseHandle handle) {
            Body to = foi.register().body(handle, body);
            RequestView view = foi.register().recordSent(handle, campaign, to.id(), sent, Optional.ofNullable(url));
            out().println(view.request().id() + " due " + view.clock().due());
        }
    }

    @Command(name = "status", description = "Record a request's new state on a day: ${COMPLETION-CANDIDATES}.")
    static final class Status extends OnCase {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The request.")
        long request;

        @Option(names = "--state", required = true, paramLabel = "STATE", description = "awaiting-response, "
                + "awaiting-clarification, successful, partially-successful, not-held, refused, internal-review, "
                + "ico-complaint, withdrawn or delivery-error.")
        String state;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day it changed.")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a few words.")
        String note = "";

        Status(CaseService cases, FoiServices foi) {
            super(cases, foi);
        }

        @Override
        void run(CaseHandle handle) {
            FoiState next = FoiState.byKey(state).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "\"" + state + "\" is not a state; use one of awaiting-response, awaiting-clarification, "
                            + "successful, partially-successful, not-held, refused, internal-review, ico-complaint, "
                            + "withdrawn, delivery-error."));
            StateChange change = foi.register().changeState(handle, request, next, date, note);
            out().println("Request " + request + " is " + change.state().key() + " since " + change.date() + ".");
        }
    }

    @Command(name = "response", description = "Import a body's response to a request and read its answers, "
            + "question by question.")
    static final class Response extends OnCase {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The request it answers.")
        long request;

        @Parameters(arity = "1..2", paramLabel = "FILE", description = "The response (PDF, DOCX, ODT, text, web page, "
                + "e-mail, or WhatDoTheyKnow's 'download all correspondence' zip), and/or the request's WhatDoTheyKnow "
                + "page saved as .json (its address and state).")
        java.util.List<Path> files;

        Response(CaseService cases, FoiServices foi) {
            super(cases, foi);
        }

        @Override
        void run(CaseHandle handle) {
            for (Path file : files) {
                if (org.casebook.service.FoiResponseService.isRequestPage(file)) {
                    foi.responses().importRequestPage(handle, request, file).ifPresentOrElse(
                            c -> out().println("Request " + request + " is " + c.state().key() + " since " + c.date()
                                    + ", as WhatDoTheyKnow shows it."),
                            () -> out().println("Request " + request + " keeps its state; its WhatDoTheyKnow page is noted."));
                    continue;
                }
                ResponseImport done = foi.responses().importResponse(handle, request, file);
                String document = done.letter().letter().source().map(source -> source.fileName())
                        .filter(name -> !name.equals(file.getFileName().toString())).map(name -> " " + name).orElse("");
                out().println(file.getFileName() + ":" + document + " stored as \"" + done.letter().letter().title()
                        + "\"");
                for (FoiAnswer answer : done.answers()) {
                    out().println("Question " + answer.question() + ": " + answer.kind().key().replace('-', ' ')
                            + answer.exemption().map(e -> " (" + e.key() + ")").orElse(""));
                }
                done.stateChange().ifPresent(c -> out().println("Request " + request + " is " + c.state().key()
                        + " since " + c.date() + "."));
            }
        }
    }

    @Command(name = "list", description = "Print every request with its clock, state and answers.")
    static final class ListRequests extends OnCase {
        enum Format { json }

        private final OutputStream stdout;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day to count lateness on (default: today).")
        LocalDate on;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
        Format format;

        ListRequests(CaseService cases, FoiServices foi, OutputStream stdout) {
            super(cases, foi);
            this.stdout = stdout;
        }

        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        void run(CaseHandle handle) throws IOException {
            foi.register().writeRequestsJson(handle, on == null ? foi.register().today() : on, stdout);
            stdout.flush();
        }
    }

    @Command(name = "matrix", description = "Write a campaign's answer matrix: one row per body, one column per question.")
    static final class Matrix extends OnCase {
        private final OutputStream stdout;

        @Option(names = "--campaign", required = true, paramLabel = "ID", description = "The campaign.")
        long campaign;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or xlsx.")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: standard output).")
        Path file;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day to count lateness on (default: today).")
        LocalDate on;

        Matrix(CaseService cases, FoiServices foi, OutputStream stdout) {
            super(cases, foi);
            this.stdout = stdout;
        }

        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        void run(CaseHandle handle) throws IOException {
            MatrixFormat chosen = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> MatrixFormat.CSV;
                case "xlsx" -> MatrixFormat.XLSX;
                default -> throw new ParameterException(spec.commandLine(), "--format must be csv or xlsx, not " + format);
            };
            LocalDate day = on == null ? foi.register().today() : on;
            if (file == null) {
                foi.drafts().writeMatrix(handle, campaign, chosen, day, stdout);
                stdout.flush();
            } else {
                foi.drafts().writeMatrix(handle, campaign, chosen, day, file);
                out().println("Wrote " + file);
                out().flush();
            }
        }
    }
}
