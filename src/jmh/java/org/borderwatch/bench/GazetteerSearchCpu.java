package org.borderwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time of one keystroke of the place search, per query of {@link GazetteerSearchBench}: the thread's CPU
 * time over many searches, which a busy machine inflates far less than wall time (JMH's figure). Run:
 * {@code java -cp "target/classes:target/lib/*" org.borderwatch.bench.GazetteerSearchCpu [rounds]}.
 */
public final class GazetteerSearchCpu {

    private GazetteerSearchCpu() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        GazetteerSearchBench bench = new GazetteerSearchBench();
        bench.build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] queries = {"z", "zv", "zve", "zvec", "zveca", "zvecan", "zvecna", "Звечан"};
        for (int pass = 0; pass < 2; pass++) {
            for (String q : queries) {
                bench.query = q;
                long cpu0 = threads.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
                for (int i = 0; i < rounds; i++) bench.keystroke();
                double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / rounds;
                double wallMs = (System.nanoTime() - wall0) / 1e6 / rounds;
                // the first pass warms the JIT; only the second is reported
                if (pass == 1)
                    System.out.println(String.format(
                            Locale.ROOT, "%-8s cpu %.2f ms  wall %.2f ms  per keystroke", q, cpuMs, wallMs));
            }
        }
    }
}
