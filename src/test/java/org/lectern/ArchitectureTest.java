package org.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;

/**
 * The shape the code keeps: the layers and who may use each, no cycles between packages (nor between
 * the window's feature packages), only the UI knows JavaFX, only the store speaks SQL.
 */
class ArchitectureTest {
    /** The store's objects {@link LibraryServices} holds: its components, read from the record itself. */
    private static final Set<String> SERVICE_PARTS = Arrays.stream(LibraryServices.class.getRecordComponents())
            .map(c -> c.getType().getName()).collect(Collectors.toSet());
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
                .whereLayer("Edit").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Edit", "Ui", "Cli", "Bench", "App")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .check(MAIN);
    }

    /**
     * The composition root: the library's services are opened in one place ({@code LibraryServices},
     * by {@code app.Main} for the window and by {@code LecternCommand} for a command); the window's
     * and the commands' classes are handed them and never open a library or build a repository.
     */
    @Test
    void theWindowAndTheCommandsAreHandedTheirServices() {
        DescribedPredicate<JavaCall<?>> buildsServices = DescribedPredicate.describe(
                "a library opened or one of LibraryServices' parts built", call -> {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    return SERVICE_PARTS.contains(owner) && name.equals("<init>")
                            || owner.equals(Library.class.getName()) && name.equals("open");
                });
        noClasses().that().resideInAnyPackage("org.lectern.ui..", "org.lectern.cli..")
                .should().callCodeUnitWhere(buildsServices)
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

    /**
     * The window's theme is AtlantaFX's without the rules of these controls (src/packaging/PruneTheme.java):
     * one of them shown in the window would be drawn unstyled.
     */
    @Test
    void theWindowShowsNoControlTheThemeLeftOut() {
        // the controls, their cells, items and skins: TreeItem, ChoiceBoxTableCell, DatePickerSkin...
        String left = "(Tab(Pane[A-Za-z0-9_]*)?|(TreeTable|TreeView|TreeItem|TreeCell|TreeSortMode|Spinner|DatePicker|DateCell"
                + "|Slider|ColorPicker|Pagination|Accordion|SplitMenuButton|ChoiceBox)[A-Za-z0-9_]*)(\\$.*)?";
        noClasses().should().dependOnClassesThat().haveNameMatching("javafx\\.scene\\.control\\.(cell\\.|skin\\.)?" + left)
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "atlantafx.base.controls..")
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
