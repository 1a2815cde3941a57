package org.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape the code keeps: the layers and who may use each, no cycles between packages (nor between
 * the window's feature packages), only the UI knows JavaFX, only the store speaks SQL.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lectern");

    @Test
    void eachLayerIsUsedOnlyByTheLayersAboveIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.lectern.app..")
                .layer("Cli").definedBy("org.lectern.cli..")
                .layer("Bench").definedBy("org.lectern.bench..")
                .layer("Ui").definedBy("org.lectern.ui..")
                .layer("Edit").definedBy("org.lectern.edit..")
                .layer("Store").definedBy("org.lectern.store..")
                .layer("Export").definedBy("org.lectern.export..")
                .layer("Domain").definedBy("org.lectern.library..", "org.lectern.listing..", "org.lectern.families..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Edit").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Edit", "Ui", "Cli", "Bench", "App")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .check(MAIN);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.lectern.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theWindowsFeaturePackagesHaveNoCycles() {
        slices().matching("org.lectern.ui.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.lectern.ui..", "org.lectern.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreUsesSql() {
        // and the benchmark's floor, which loads raw SQLite without the store where there is no sqlite3 shell
        noClasses().that().resideOutsideOfPackages("org.lectern.store..", "org.lectern.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(MAIN);
    }

    @Test
    void theDomainAndTheAlgorithmsDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage("org.lectern.library..", "org.lectern.listing..", "org.lectern.families..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lectern.store..", "org.lectern.ui..",
                        "org.lectern.cli..", "org.lectern.app..", "org.lectern.edit..", "org.lectern.export..",
                        "org.lectern.bench..")
                .check(MAIN);
    }
}
