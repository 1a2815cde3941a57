package org.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the code relies on: only the UI knows JavaFX, only the store speaks SQL. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lectern");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.lectern.ui..", "org.lectern.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreUsesSql() {
        noClasses().that().resideOutsideOfPackage("org.lectern.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(MAIN);
    }

    @Test
    void theDomainAndTheAlgorithmsDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage("org.lectern.library..", "org.lectern.listing..", "org.lectern.families..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lectern.store..", "org.lectern.ui..",
                        "org.lectern.cli..", "org.lectern.app..")
                .check(MAIN);
    }
}
