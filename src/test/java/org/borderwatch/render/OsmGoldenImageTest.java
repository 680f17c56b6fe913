package org.borderwatch.render;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.osm.ExtractZip;
import org.borderwatch.map.osm.GeofabrikFixture;
import org.borderwatch.map.osm.OsmBaseMap;
import org.borderwatch.map.osm.OsmExtract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Geofabrik-layout extract over northern Kosovo (made up by {@link GeofabrikFixture}: roads, rail, the Ibar, a
 * lake, land use, places) drawn over the shipped maps at 1:25k, 1:100k and 1:500k with the OpenStreetMap style, and
 * compared with golden images as {@link GoldenImageTest} compares its own.
 */
class OsmGoldenImageTest {

    @TempDir
    static Path tmp;

    private static MapModel model;

    @BeforeAll
    static void openExtracts() throws Exception {
        Path maps = Path.of("maps");
        ExtractZip zips = new ExtractZip(tmp.resolve("cache"));
        OsmBaseMap osm = new OsmBaseMap(List.of(
                OsmExtract.open(GeofabrikFixture.kosovo(tmp.resolve("kosovo")), zips),
                OsmExtract.open(GeofabrikFixture.serbia(tmp.resolve("serbia")), zips)));
        model = osm.over(RegionMap.load(maps), maps);
    }

    @Test
    void extractAtOneToTwentyFiveThousandMatchesGoldenImage() throws Exception {
        GoldenImageTest.check(
                "osm-25k-1000x700",
                GoldenImageTest.render(
                        Frame.of(model, GoldenImageTest.atScale(model, 20.843, 42.906, 25_000, 1000, 700))));
    }

    @Test
    void extractAtOneToOneHundredThousandMatchesGoldenImage() throws Exception {
        GoldenImageTest.check(
                "osm-100k-1000x700",
                GoldenImageTest.render(
                        Frame.of(model, GoldenImageTest.atScale(model, 20.82, 42.93, 100_000, 1000, 700))));
    }

    @Test
    void extractAtOneToFiveHundredThousandMatchesGoldenImage() throws Exception {
        GoldenImageTest.check(
                "osm-500k-1000x700",
                GoldenImageTest.render(
                        Frame.of(model, GoldenImageTest.atScale(model, 20.8, 43.0, 500_000, 1000, 700))));
    }
}
