package org.borderwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of STYLE.md: who may use whom, and JavaFX only in ui. */
@AnalyzeClasses(packages = "org.borderwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.borderwatch.";

    @ArchTest
    static final ArchRule shapefileUsesNoOtherPackage = noClasses().that().resideInAPackage(ROOT + "shapefile..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "events..", ROOT + "map..", ROOT + "render..",
                    ROOT + "analysis..", ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule eventsUsesNoOtherPackage = noClasses().that().resideInAPackage(ROOT + "events..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "shapefile..", ROOT + "map..", ROOT + "render..",
                    ROOT + "analysis..", ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule mapUsesOnlyShapefile = noClasses().that().resideInAPackage(ROOT + "map..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "events..", ROOT + "render..",
                    ROOT + "analysis..", ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule analysisUsesOnlyEventsAndMap = noClasses().that().resideInAPackage(ROOT + "analysis..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "shapefile..", ROOT + "render..", ROOT + "export..",
                    ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule renderDoesNotUseExportUiOrCli = noClasses().that().resideInAPackage(ROOT + "render..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule exportDoesNotUseUiOrCli = noClasses().that().resideInAPackage(ROOT + "export..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule nothingDependsOnUiOrCliButTheLauncher = noClasses().that()
            .resideOutsideOfPackages(ROOT + "ui..", ROOT + "cli..").and().doNotHaveFullyQualifiedName(ROOT + "Main")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage(ROOT + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
