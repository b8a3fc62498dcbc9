package org.casebook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.casebook.domain.Body;
import org.casebook.domain.Stance;
import org.casebook.domain.search.BadQueryException;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.SearchFilters;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.casebook.service.CaseHandle;
import org.casebook.service.CaseService;
import org.casebook.service.CodebookService;
import org.casebook.service.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casebook search --case PATH QUERY [--theme ID]... [--stance S]... [--body NAME]... [--kind K]... [--limit N]
 * --format json}: searches the whole case and prints the hits, best first. The case is only read; its search index
 * is built first if it has none. A query that cannot be read is exit 2, with where the problem is.
 */
@Command(name = "search", description = "Search every letter, item, note, commitment and FOI answer of the case. "
        + "Words must all match; \"quoted phrases\", OR, -word, word*, and concern:, response:, note:, body: work.")
final class SearchCommand implements Callable<Integer> {

    enum Format { json }

    private final CaseService cases;
    private final SearchService search;
    private final CodebookService codebook;
    private final OutputStream stdout;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "PATH", description = "The case folder.")
    private Path casePath;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to look for (quote it in the shell).")
    private List<String> words = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "ID", description = "Only items with this theme or one of its sub-themes.")
    private List<String> themes = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "S", description = "Only items with this stance: undecided, agree, "
            + "partly-agree, dispute, unanswered.")
    private List<String> stances = new ArrayList<>();

    @Option(names = "--response-type", paramLabel = "ID", description = "Only items with this response type.")
    private List<String> responseTypes = new ArrayList<>();

    @Option(names = "--body", paramLabel = "NAME", description = "Only letters of this body (its name, or a part of it "
            + "that names one body).")
    private List<String> bodies = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "K", description = "Only hits of this kind: letter, item, note, commitment, "
            + "foi-answer.")
    private List<String> kinds = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only letters dated on or after this day.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only letters dated on or before this day.")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "How many hits to print at most (default: ${DEFAULT-VALUE}).")
    private int limit = SearchQuery.DEFAULT_LIMIT;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    private Format format;

    SearchCommand(CaseService cases, SearchService search, CodebookService codebook, OutputStream stdout) {
        this.cases = cases;
        this.search = search;
        this.codebook = codebook;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        String text = String.join(" ", words);
        try (CaseHandle handle = cases.openForReading(casePath)) {
            SearchFilters filters = filters(handle);
            if (search.needsBuilding(handle)) {
                // The search below builds it; say why this one takes longer.
                spec.commandLine().getErr().println("casebook: building the search index of " + handle.name() + " …");
            }
            SearchResults results;
            try {
                results = search.search(handle, new SearchQuery(text, filters, limit));
            } catch (BadQueryException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("casebook: " + e.getMessage());
                err.println("  " + text);
                err.println("  " + " ".repeat(e.position()) + "^");
                return Cli.FAILED;
            }
            search.writeJson(results, stdout);
            stdout.flush();
        }
        return Cli.OK;
    }

    private SearchFilters filters(CaseHandle handle) {
        org.casebook.domain.Codebook book = codebook.codebook(handle);
        Set<String> knownThemes = book.themes().stream().map(t -> t.id()).collect(Collectors.toSet());
        Set<String> knownTypes = book.responseTypes().stream().map(t -> t.id()).collect(Collectors.toSet());
        for (String theme : themes) {
            refuseUnless(knownThemes.contains(theme), "There is no theme " + theme + "; the case's themes are "
                    + String.join(", ", new java.util.TreeSet<>(knownThemes)) + ".");
        }
        for (String type : responseTypes) {
            refuseUnless(knownTypes.contains(type), "There is no response type " + type + "; the case's are "
                    + String.join(", ", new java.util.TreeSet<>(knownTypes)) + ".");
        }
        Set<Stance> chosenStances = new HashSet<>();
        for (String stance : stances) {
            chosenStances.add(Stance.fromCode(stance).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--stance must be undecided, agree, partly-agree, dispute or unanswered, not " + stance)));
        }
        Set<HitKind> chosenKinds = new HashSet<>();
        for (String kind : kinds) {
            chosenKinds.add(HitKind.fromKey(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--kind must be letter, item, note, commitment or foi-answer, not " + kind)));
        }
        List<Body> known = cases.bodies(handle);
        Set<Long> bodyIds = new HashSet<>();
        for (String name : bodies) {
            bodyIds.add(body(known, name).id());
        }
        return new SearchFilters(Set.copyOf(themes), chosenStances, Set.copyOf(responseTypes), bodyIds, Set.of(),
                Optional.ofNullable(from), Optional.ofNullable(to), chosenKinds);
    }

    /** The body of that name, or the one body whose name holds it. */
    private Body body(List<Body> known, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        Optional<Body> exact = known.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Body> partly = known.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        if (partly.size() == 1) {
            return partly.get(0);
        }
        throw new IllegalArgumentException(partly.isEmpty()
                ? "No body of the case is called " + name + "."
                : "More than one body's name holds " + name + ": "
                        + partly.stream().map(Body::name).collect(Collectors.joining("; ")) + ". Give more of the name.");
    }

    private void refuseUnless(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
