package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.CraftedShapefile.square;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** Outer rings and holes are told apart as GDAL tells them (orientation, then containment). */
class RingAssemblerTest {
    private final GeometryFactory factory = new GeometryFactory();
    private final RingAssembler assembler = new RingAssembler(factory);

    private static CoordinateSequence ring(double[] xy) {
        return new PackedCoordinateSequence.Double(xy, 2, 0);
    }

    private Geometry assemble(double[]... rings) {
        CoordinateSequence[] sequences = new CoordinateSequence[rings.length];
        int[] points = new int[rings.length];
        for (int i = 0; i < rings.length; i++) {
            sequences[i] = ring(rings[i]);
            points[i] = sequences[i].size();
        }
        return assembler.assemble(sequences, points);
    }

    @Test
    void counterClockwiseRingInsideAShellIsItsHole() {
        Geometry g = assemble(square(0, 0, 10, true), square(2, 2, 2, false));
        assertThat((Object) g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void twoClockwiseRingsAreTwoIslands() {
        Geometry g = assemble(square(0, 0, 1, true), square(5, 5, 1, true));
        assertThat((Object) g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(2);
    }

    @Test
    void islandInsideAHoleStaysAnIslandAfterItsShell() {
        Geometry g = assemble(square(0, 0, 10, true), square(1, 1, 8, false), square(3, 3, 2, true));
        assertThat((Object) g).isInstanceOf(MultiPolygon.class);
        Polygon outer = (Polygon) g.getGeometryN(0);
        assertThat(outer.getNumInteriorRing()).isEqualTo(1);
        assertThat(outer.getExteriorRing().getEnvelopeInternal().getWidth()).isEqualTo(10);
        assertThat(g.getGeometryN(1).getEnvelopeInternal().getWidth()).isEqualTo(2);
    }

    @Test
    void holesGoToTheShellThatEnclosesThemNotTheFirstOne() {
        Geometry g = assemble(
                square(0, 0, 4, true), square(10, 10, 4, true), square(11, 11, 1, false), square(1, 1, 1, false));
        assertThat((Object) g).isInstanceOf(MultiPolygon.class);
        Polygon first = (Polygon) g.getGeometryN(0);
        Polygon second = (Polygon) g.getGeometryN(1);
        assertThat(first.getInteriorRingN(0).getEnvelopeInternal().getMinX()).isEqualTo(1);
        assertThat(second.getInteriorRingN(0).getEnvelopeInternal().getMinX()).isEqualTo(11);
    }

    /** Found by fuzzing: two equal part starts give a part of no points, whose area was read past its end. */
    @Test
    void aPartOfNoPointsIsAnEmptyRingBesideTheOthers() {
        Geometry g = assemble(square(0, 0, 10, false), new double[0], square(20, 20, 2, false));
        assertThat((Object) g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(3);
        assertThat(g.getGeometryN(1).isEmpty()).isTrue();
        assertThat(g.getGeometryN(0).getEnvelopeInternal().getWidth()).isEqualTo(10);
    }

    @Test
    void aSingleRingIsAPolygonWhateverItsOrientation() {
        assertThat((Object) assemble(square(0, 0, 1, false))).isInstanceOf(Polygon.class);
    }

    @Test
    void counterClockwiseRingOutsideEveryShellBecomesAPolygonOfItsOwn() {
        Geometry g = assemble(square(0, 0, 10, true), square(20, 20, 2, true), square(50, 50, 1, false));
        assertThat(g.getNumGeometries()).isEqualTo(3);
    }

    @Test
    void spikedRingIsOrientedByItsLowestVertexAsGdalDoes() {
        // An island ring of Natural Earth's Croatia: its area says clockwise, the turn at its lowest
        // vertex says counter-clockwise, and GDAL (hence this reader) makes it a hole
        double[] xy = {
            15.2623526,
            43.8664174,
            15.2659527,
            43.8562859,
            15.3415534,
            43.8123829,
            15.3559536,
            43.8005629,
            15.3667537,
            43.7904314,
            15.395554,
            43.771857,
            15.3883539,
            43.7769228,
            15.3271533,
            43.7954971,
            15.3091531,
            43.8056286,
            15.2875529,
            43.8258915,
            15.2623526,
            43.8394001,
            15.2479525,
            43.8495316,
            15.2335523,
            43.8630402,
            15.2263523,
            43.8748603,
            15.2407524,
            43.879926,
            15.2623526,
            43.8664174
        };
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(ring(xy))).isFalse();
        assertThat(RingAssembler.isClockwise(ring(xy))).isFalse();
    }
}
