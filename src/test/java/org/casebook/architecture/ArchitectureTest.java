package org.casebook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

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
    static final ArchRule luceneOnlyInAnalysis = noClasses().that().resideOutsideOfPackage("org.casebook.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
            .because("how words are tokenised and stemmed is a detail of the suggestion rules; the rest of Casebook "
                    + "sees plain phrases and suggestions, so the analyzer can change without touching them");

    @ArchTest
    static final ArchRule documentLibrariesOnlyWhereDocumentsAreReadOrWritten = noClasses().that()
            .resideOutsideOfPackages("org.casebook.importing..", "org.casebook.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..", "org.odftoolkit..")
            .because("readers per format live in importing, and the briefing pack's PDF in report");

    @ArchTest
    static final ArchRule viewsTalkOnlyToViewModels = noClasses().that().resideInAPackage("org.casebook.ui..")
            .and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("org.casebook.storage..", "org.casebook.importing..",
                    "org.casebook.report..", "org.casebook.exchange..")
            .because("views stay thin: each handler is one line into its view model, which calls services");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.casebook.(*)..").should().beFreeOfCycles()
            .because("each package is a room with one job; cycles make them one room");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.casebook.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the desktop app logs through SLF4J; only the command line owns standard output");

    @ArchTest
    static final ArchRule loggingThroughSlf4j = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("one logging facade, configured once, writes the log file the error dialog points to");
}
