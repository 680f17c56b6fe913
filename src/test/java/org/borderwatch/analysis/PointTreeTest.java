package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointTreeTest {

    @Test
    void rangeFindsExactlyThePointsABruteForceScanFinds() {
        Random r = new Random(7);
        int n = 20_000;
        double[] xs = new double[n], ys = new double[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            // duplicates on purpose: selection must cope with equal keys
            xs[i] = i % 10 == 0 ? 5 : r.nextDouble() * 100;
            ys[i] = r.nextDouble() * 100;
        }
        PointTree tree = new PointTree(ids, xs, ys, new byte[n]);
        for (int q = 0; q < 200; q++) {
            double x0 = r.nextDouble() * 100, y0 = r.nextDouble() * 100;
            double x1 = x0 + r.nextDouble() * 20, y1 = y0 + r.nextDouble() * 20;
            List<Integer> found = new ArrayList<>();
            tree.range(x0, y0, x1, y1, found::add);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) if (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1) expected.add(i);
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void emptyTreeFindsNothing() {
        PointTree tree = new PointTree(new int[0], new double[0], new double[0], new byte[0]);
        List<Integer> found = new ArrayList<>();
        tree.range(-1, -1, 1, 1, found::add);
        assertThat(found).isEmpty();
    }
}
