package org.casebook.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/** The house-style rules for the shape of the code, each with its reason. */
@AnalyzeClasses(packages = "org.casebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes().that().resideInAPackage("org.casebook.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.casebook.domain..", "java..")
            .because("the domain is plain records and rules that every layer shares, and must outlive any framework");

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses().that()
            .resideOutsideOfPackages("org.casebook.ui..", "org.casebook.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("core logic runs and is tested without a screen; long work reports through a plain ProgressListener");

    @ArchTest
    static final ArchRule jdbcOnlyInStorage = noClasses().that().resideOutsideOfPackage("org.casebook.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("one package owns the database, so transactions and resource handling live in one place");

    @ArchTest
    static final ArchRule jacksonOnlyInExchange = noClasses().that().resideOutsideOfPackage("org.casebook.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("file formats in and out belong to the exchange package");

    @ArchTest
    static final ArchRule luceneOnlyInAnalysisAndSearch = noClasses().that()
            .resideOutsideOfPackages("org.casebook.analysis..", "org.casebook.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
            .because("how words are tokenised and stemmed is a detail of the suggestion rules and of the search index "
                    + "(ADR 23); the rest of Casebook sees plain phrases, queries and hits, so either can change alone");

    @ArchTest
    static final ArchRule searchUsesOnlyTheDomainTheJdkAndLucene = classes().that()
            .resideInAPackage("org.casebook.search..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.casebook.search..", "org.casebook.domain..",
                    "java..", "org.apache.lucene..", "org.slf4j..")
            .because("the search engine turns domain records into an index and queries into hits; reading the case "
                    + "is storage's job and keeping the two in step the service's (ADR 23)");

    @ArchTest
    static final ArchRule documentLibrariesOnlyWhereDocumentsAreReadOrWritten = noClasses().that()
            .resideOutsideOfPackages("org.casebook.importing..", "org.casebook.report..", "org.casebook.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..", "org.odftoolkit..",
                    "org.jsoup..", "org.apache.james.mime4j..")
            .because("readers per format (web pages and e-mails too) live in importing, the briefing pack's PDF in report, "
                    + "and files made for other programs (spreadsheets, e-mail drafts) in exchange (ADR 21)");

    @ArchTest
    static final ArchRule viewsTalkOnlyToViewModels = noClasses().that().resideInAPackage("org.casebook.ui..")
            .and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.storage..", "org.casebook.importing..",
                    "org.casebook.report..", "org.casebook.exchange..")
            .because("views stay thin: each handler is one line into its view model, which calls services");

    /** The engines' packages, each with the small model it publishes on purpose (if any) left out. */
    private static final String[] ENGINE_INTERNALS = {"org.casebook.storage..", "org.casebook.exchange..",
        "org.casebook.importing.reading..", "org.casebook.importing.split..", "org.casebook.importing.lines..",
        "org.casebook.analysis", "org.casebook.report", "org.casebook.foi..", "org.casebook.search.."};

    @ArchTest
    static final ArchRule screensAndCommandsUseOnlyServicesDomainAndPublishedModels = noClasses().that()
            .resideInAnyPackage("org.casebook.ui..", "org.casebook.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("a screen or a command holds an open case as a service's CaseHandle and asks services for every "
                    + "change, one transaction each; what an engine must show a member is published on purpose in "
                    + "its model package, so engines can change inside without touching screens or commands");

    @ArchTest
    static final ArchRule screensAndCommandsDoNotBuildServices = noClasses().that()
            .resideOutsideOfPackages("org.casebook.app..", "org.casebook.service..")
            .should().callConstructorWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(resideInAPackage("org.casebook.service..")
                            .and(simpleNameEndingWith("Service").or(simpleNameEndingWith("Workflow"))))))
            .because("app.Services is the one composition root: every service is built and wired there, once, "
                    + "for the window and the command line alike");

    @ArchTest
    static final ArchRule servicesSitBelowScreensAndCommands = noClasses().that()
            .resideInAPackage("org.casebook.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.ui..", "org.casebook.cli..",
                    "org.casebook.app..")
            .because("the same use cases serve the window, the command line and tests; they know none of them");

    @ArchTest
    static final ArchRule enginesUseOnlyTheDomain = noClasses().that()
            .resideInAnyPackage("org.casebook.storage..", "org.casebook.exchange..", "org.casebook.importing..",
                    "org.casebook.analysis..", "org.casebook.report..", "org.casebook.foi..", "org.casebook.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.service..", "org.casebook.ui..",
                    "org.casebook.cli..", "org.casebook.app..")
            .because("engines (storage, exchange, importing, analysis, report, foi, search) do one job each on domain records; "
                    + "services combine them, so an engine never reaches up");

    @ArchTest
    static final ArchRule enginesDoNotReachIntoEachOther = classes().that()
            .resideInAnyPackage("org.casebook.storage..", "org.casebook.exchange..", "org.casebook.importing..",
                    "org.casebook.analysis..", "org.casebook.report..", "org.casebook.foi..", "org.casebook.search..")
            .should(notDependOnAnotherEngine())
            .because("engines meet only in services, which pass domain records between them; an engine that uses "
                    + "another cannot be replaced or tested on its own");

    /*
     * Phrased positively on purpose: under noClasses() ArchUnit inverts a custom condition's events, so a condition
     * that reports each crossing as "violated" would never fail there (it did not, until foi was added and probed).
     */
    private static ArchCondition<JavaClass> notDependOnAnotherEngine() {
        List<String> engines = List.of("storage", "exchange", "importing", "analysis", "report", "foi", "search");
        return new ArchCondition<>("not depend on another engine") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = engineOf(item.getPackageName(), engines);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String other = engineOf(dependency.getTargetClass().getPackageName(), engines);
                    if (!other.isEmpty() && !other.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String engineOf(String packageName, List<String> engines) {
        for (String engine : engines) {
            String root = "org.casebook." + engine;
            if (packageName.equals(root) || packageName.startsWith(root + ".")) {
                return engine;
            }
        }
        return "";
    }

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.casebook.(*)..").should().beFreeOfCycles()
            .because("each package is a room with one job; cycles make them one room");

    @ArchTest
    static final ArchRule importingPackagesAreFreeOfCycles = slices().matching("org.casebook.importing.(*)..")
            .should().beFreeOfCycles()
            .because("the rule above sees importing as one room; inside it reading, splitting, the model and the line "
                    + "cues are rooms of their own, and a cycle would make them one again");

    @ArchTest
    static final ArchRule readingKnowsNothingOfSplitting = noClasses().that()
            .resideInAPackage("org.casebook.importing.reading..")
            .should().dependOnClassesThat().resideInAPackage("org.casebook.importing.split..")
            .because("a reader turns a file into a SourceText whatever is done with it next; what it shares with the "
                    + "splitter is in importing.model");

    @ArchTest
    static final ArchRule splittingKnowsNothingOfReading = noClasses().that()
            .resideInAPackage("org.casebook.importing.split..")
            .should().dependOnClassesThat().resideInAPackage("org.casebook.importing.reading..")
            .because("the splitter works on a SourceText, so pasted text and every file format split alike and the "
                    + "splitter is tested without files");

    @ArchTest
    static final ArchRule importingModelUsesOnlyTheDomainAndTheJdk = classes().that()
            .resideInAPackage("org.casebook.importing.model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.casebook.importing.model..", "org.casebook.domain..", "java..")
            .because("the model is what importing publishes to services and screens on purpose; it must not bring "
                    + "the readers, the splitter or a document library with it");

    @ArchTest
    static final ArchRule lineCuesUseOnlyTheJdk = classes().that().resideInAPackage("org.casebook.importing.lines..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.casebook.importing.lines..", "java..")
            .because("readers reflowing wrapped text and the splitter finding items ask the same questions of a line "
                    + "(does it start a label, a marker, a sign-off), so the answers sit below both and use neither");

    @ArchTest
    static final ArchRule foiUsesOnlyTheDomainTheJdkAndJollyday = classes().that().resideInAPackage("org.casebook.foi..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.casebook.foi..", "org.casebook.domain..", "java..", "de.focus_shift.jollyday..")
            .because("the FOI engine is rules about dates, states and wording: it needs the domain's records and the "
                    + "bank holidays, and nothing that would stop it running in a test on its own");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.casebook.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the desktop app logs through SLF4J; only the command line owns standard output");

    @ArchTest
    static final ArchRule loggingThroughSlf4j = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("one logging facade, configured once, writes the log file the error dialog points to");
}
