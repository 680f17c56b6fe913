package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedRTreeTest {

    @Test
    void findsExactlyTheBoxesAPlainScanFinds() {
        Random r = new Random(1);
        for (int n : new int[] {0, 1, 15, 16, 17, 257, 5000}) {
            double[] x0 = new double[n], y0 = new double[n], x1 = new double[n], y1 = new double[n];
            for (int i = 0; i < n; i++) {
                x0[i] = r.nextDouble() * 100;
                y0[i] = r.nextDouble() * 100;
                x1[i] = x0[i] + (i % 3 == 0 ? r.nextDouble() * 5 : 0);
                y1[i] = y0[i] + (i % 3 == 0 ? r.nextDouble() * 5 : 0);
            }
            PackedRTree tree = new PackedRTree(x0, y0, x1, y1, n);
            for (int q = 0; q < 50; q++) {
                double qx = r.nextDouble() * 100,
                        qy = r.nextDouble() * 100,
                        w = r.nextDouble() * 30,
                        h = r.nextDouble() * 30;
                List<Integer> found = new ArrayList<>();
                tree.search(qx, qy, qx + w, qy + h, found::add);
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < n; i++)
                    if (x1[i] >= qx && y1[i] >= qy && x0[i] <= qx + w && y0[i] <= qy + h) expected.add(i);
                assertThat(found).as("n=%d query %d", n, q).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void aPointOnTheQueryEdgeIsFound() {
        PackedRTree tree = new PackedRTree(new double[] {1}, new double[] {2}, new double[] {1}, new double[] {2}, 1);
        List<Integer> found = new ArrayList<>();
        tree.search(1, 2, 1, 2, found::add);
        tree.search(1.0000001, 2, 3, 3, found::add);
        assertThat(found).containsExactly(0);
    }
}
