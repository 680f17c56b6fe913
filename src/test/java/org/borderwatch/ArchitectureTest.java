package org.borderwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of STYLE.md and docs/architecture.md: who may use whom, no cycle between any two
 * (sub-)packages, JavaFX only in ui, and inside each capability the sub-packages lean on their API and
 * engines, never on the class that assembles them.
 */
@AnalyzeClasses(packages = "org.borderwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.borderwatch.";

    /** The GeoPackage and GeoJSON layer readers, like the shapefile store, stand alone: only GeoTools, JTS, SQLite, Jackson. */
    @ArchTest
    static final ArchRule layerReadersUseNoOtherPackage = noClasses()
            .that()
            .resideInAnyPackage(ROOT + "geopackage..", ROOT + "geojson..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..",
                    ROOT + "events..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..",
                    ROOT + "crossings..",
                    ROOT + "gazetteer..",
                    ROOT + "places..",
                    ROOT + "io..");

    @ArchTest
    static final ArchRule shapefileUsesNoOtherPackage = noClasses()
            .that()
            .resideInAPackage(ROOT + "shapefile..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "events..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..",
                    ROOT + "crossings..");

    @ArchTest
    static final ArchRule eventsUsesNoOtherPackage = noClasses()
            .that()
            .resideInAPackage(ROOT + "events..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "gazetteer..",
                    ROOT + "shapefile..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..");

    @ArchTest
    static final ArchRule gazetteerUsesOnlyEvents = noClasses()
            .that()
            .resideInAPackage(ROOT + "gazetteer..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..",
                    ROOT + "crossings..");

    @ArchTest
    static final ArchRule crossingsUsesOnlyEvents = noClasses()
            .that()
            .resideInAPackage(ROOT + "crossings..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..");

    @ArchTest
    static final ArchRule mapUsesOnlyShapefile = noClasses()
            .that()
            .resideInAPackage(ROOT + "map..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "events..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..");

    @ArchTest
    static final ArchRule analysisUsesOnlyEventsAndMap = noClasses()
            .that()
            .resideInAPackage(ROOT + "analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..", ROOT + "render..", ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule renderDoesNotUseExportUiOrCli = noClasses()
            .that()
            .resideInAPackage(ROOT + "render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "export..", ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule exportDoesNotUseUiOrCli = noClasses()
            .that()
            .resideInAPackage(ROOT + "export..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule nothingDependsOnUiOrCliButTheLauncher = noClasses()
            .that()
            .resideOutsideOfPackages(ROOT + "ui..", ROOT + "cli..")
            .and()
            .doNotHaveFullyQualifiedName(ROOT + "Main")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "ui..", ROOT + "cli..");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + "ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule ioUsesNoOtherPackage = noClasses()
            .that()
            .resideInAPackage(ROOT + "io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..",
                    ROOT + "events..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..");

    @ArchTest
    static final ArchRule tilesUseNoOtherPackage = noClasses()
            .that()
            .resideInAPackage(ROOT + "tiles..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "shapefile..",
                    ROOT + "events..",
                    ROOT + "map..",
                    ROOT + "render..",
                    ROOT + "analysis..",
                    ROOT + "export..",
                    ROOT + "ui..",
                    ROOT + "cli..");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.borderwatch.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eventModelUsesNoOtherEventsPackage = noClasses()
            .that()
            .resideInAPackage(ROOT + "events.model")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "events", ROOT + "events.geojson", ROOT + "events.acled");

    @ArchTest
    static final ArchRule eventsApiKnowsNoFileFormat = noClasses()
            .that()
            .resideInAPackage(ROOT + "events")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + "events.geojson", ROOT + "events.acled");

    @ArchTest
    static final ArchRule eventFormatsDoNotUseEachOther = noClasses()
            .that()
            .resideInAPackage(ROOT + "events.acled")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + "events.geojson");

    @ArchTest
    static final ArchRule rasteriserKnowsOnlyPixels = noClasses()
            .that()
            .resideInAPackage(ROOT + "render.raster")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + "events..",
                    ROOT + "map..",
                    ROOT + "analysis..",
                    ROOT + "render",
                    ROOT + "render.label",
                    ROOT + "render.marker",
                    ROOT + "render.style",
                    ROOT + "render.furniture");

    @ArchTest
    static final ArchRule renderPartsDoNotUseTheMapPainter = noClasses()
            .that()
            .resideInAnyPackage(
                    ROOT + "render.raster",
                    ROOT + "render.label",
                    ROOT + "render.marker",
                    ROOT + "render.style",
                    ROOT + "render.furniture")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + "render");

    @ArchTest
    static final ArchRule uiFeaturesDoNotUseTheAppShell = noClasses()
            .that()
            .resideInAPackage(ROOT + "ui..")
            .and()
            .resideOutsideOfPackage(ROOT + "ui")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + "ui");
}
