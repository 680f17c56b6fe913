package org.borderwatch.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.cli.Cli;

/**
 * {@code validate} on 5 MB stores of hostile shapes (issue 20: "validation of a 5 MB file of any shape finishes in
 * under 2 s"). Writes each store into DIR (deterministic, made once), then runs {@code validate FILE} in this process
 * ROUNDS times per file and prints the wall and thread CPU time of each run and the last lines of its report. The
 * first round pays for class loading; the CLI's own start (a new JVM per command) comes on top, see
 * docs/reliability.md for the end-to-end command.
 *
 * <p>{@code java -Xmx2g -cp "target/classes:target/lib/*" org.borderwatch.bench.ValidateBench DIR [ROUNDS]}
 */
public final class ValidateBench {
    /** Each store's size: the issue's 5 MB. */
    static final int SIZE = 5 << 20;

    private ValidateBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-validate-bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(dir);
        Map<String, Path> stores = write(dir);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PrintStream console = System.out;
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Path> s : stores.entrySet()) {
                ByteArrayOutputStream report = new ByteArrayOutputStream();
                System.setOut(new PrintStream(report, true, StandardCharsets.UTF_8));
                long cpu0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int exit;
                try {
                    exit = Cli.run(new String[] {"validate", s.getValue().toString()});
                } finally {
                    System.setOut(console);
                }
                long wall = System.nanoTime() - t0;
                long used = cpu.getCurrentThreadCpuTime() - cpu0;
                String[] lines = report.toString(StandardCharsets.UTF_8).split("\n");
                console.printf(
                        Locale.ROOT,
                        "round %d  %-22s %6.2f MB  wall %7.0f ms  cpu(main thread) %7.0f ms  exit %d  %,d lines; last: %s%n",
                        round,
                        s.getKey(),
                        Files.size(s.getValue()) / 1e6,
                        wall / 1e6,
                        used / 1e6,
                        exit,
                        lines.length,
                        lines[lines.length - 1]);
            }
        }
    }

    /** The stores, written unless DIR already holds them. */
    static Map<String, Path> write(Path dir) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        out.put("many-small-features", store(dir, "many-small-features", ValidateBench::manySmall));
        out.put("sources-500k-wrong", store(dir, "sources-500k-wrong", ValidateBench::hugeSources));
        out.put("deep-nesting", store(dir, "deep-nesting", ValidateBench::deepNesting));
        out.put("long-strings", store(dir, "long-strings", ValidateBench::longStrings));
        out.put("many-problems-each", store(dir, "many-problems-each", ValidateBench::manyProblems));
        out.put("invalid-utf8-spots", store(dir, "invalid-utf8-spots", ValidateBench::invalidUtf8));
        out.put("wide-objects", store(dir, "wide-objects", ValidateBench::wideObjects));
        return out;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Path store(Path dir, String name, Body body) throws IOException {
        Path file = dir.resolve(name + ".geojson");
        if (Files.isRegularFile(file)) return file;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            body.write(out);
        }
        return file;
    }

    private static void ascii(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEAD = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    private static final String TAIL = "\n]}\n";

    /** A valid feature with {@code id}; {@code title} and {@code extra} (properties members, may be "") spliced in. */
    private static String feature(int id, String title, String extra) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[20.8" + (id % 10)
                + ",42.9]},\"properties\":{\"id\":\"e" + id + "\",\"kind\":\"incident\",\"category\":\"attack\","
                + "\"title\":\"" + title + "\",\"date\":\"2023-09-24\",\"precision\":{\"level\":\"exact\"},"
                + "\"sources\":[{\"url\":\"https://example.org/" + id + "\"}],\"confidence\":\"confirmed\"" + extra
                + "}}";
    }

    /** Valid features of about 300 bytes: the common shape, at about 17,000 features. */
    private static void manySmall(OutputStream out) throws IOException {
        ascii(out, HEAD);
        long written = HEAD.length();
        for (int i = 0; written < SIZE; i++) {
            String f = (i > 0 ? ",\n" : "") + feature(i, "Event " + i, "");
            ascii(out, f);
            written += f.length();
        }
        ascii(out, TAIL);
    }

    /** One feature whose sources hold 2.5 million integers instead of objects. */
    private static void hugeSources(OutputStream out) throws IOException {
        ascii(out, HEAD);
        String f = feature(0, "Sources gone wrong", "");
        int cut = f.indexOf("\"sources\":[") + "\"sources\":[".length();
        ascii(out, f.substring(0, cut));
        for (int i = 0; i < SIZE / 2; i++) ascii(out, i == 0 ? "1" : ",1");
        ascii(out, f.substring(f.indexOf(']', cut)));
        ascii(out, TAIL);
    }

    /** Features each with an unknown member nested 900 arrays deep (Jackson's limit is 1000). */
    private static void deepNesting(OutputStream out) throws IOException {
        ascii(out, HEAD);
        String deep = ",\"deep\":" + "[".repeat(900) + "1" + "]".repeat(900);
        long written = HEAD.length();
        for (int i = 0; written < SIZE; i++) {
            String f = (i > 0 ? ",\n" : "") + feature(i, "Deep " + i, deep);
            ascii(out, f);
            written += f.length();
        }
        ascii(out, TAIL);
    }

    /** Five features with a 1 MB title each (with escapes). */
    private static void longStrings(OutputStream out) throws IOException {
        ascii(out, HEAD);
        String title = "Zve\\u010dan \\\"north\\\" ".repeat((1 << 20) / 25);
        for (int i = 0; i < 5; i++) ascii(out, (i > 0 ? ",\n" : "") + feature(i, title, ""));
        ascii(out, TAIL);
    }

    /** Features with 50 problems each: wrong types in every known member and 40 bad sources. */
    private static void manyProblems(OutputStream out) throws IOException {
        ascii(out, HEAD);
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < 40; s++)
            sources.append(s > 0 ? "," : "").append("{\"url\":").append(s).append('}');
        long written = HEAD.length();
        for (int i = 0; written < SIZE; i++) {
            String f = (i > 0 ? ",\n" : "")
                    + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"x\",true]},"
                    + "\"properties\":{\"id\":" + i
                    + ",\"kind\":7,\"category\":[],\"title\":{},\"date\":\"2023-13-45\","
                    + "\"end\":\"20230x01\",\"updated\":\"0000-01-01\",\"precision\":{\"level\":\"close\"},"
                    + "\"confidence\":\"surely\",\"actors\":[1,2,3],\"tags\":\"t\",\"sources\":[" + sources + "]}}";
            ascii(out, f);
            written += f.length();
        }
        ascii(out, TAIL);
    }

    /** Valid features, every one with an encoded surrogate (ED A0 80) in its title. */
    private static void invalidUtf8(OutputStream out) throws IOException {
        ascii(out, HEAD);
        long written = HEAD.length();
        for (int i = 0; written < SIZE; i++) {
            String f = (i > 0 ? ",\n" : "") + feature(i, "Bad \u0001", "");
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            int at = f.indexOf('\u0001');
            ByteArrayOutputStream spot = new ByteArrayOutputStream();
            spot.write(b, 0, at);
            spot.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            spot.write(b, at + 1, b.length - at - 1);
            spot.writeTo(out);
            written += spot.size();
        }
        ascii(out, TAIL);
    }

    /** Features each with an unknown member that is an object of 2,000 members, and a sources item of as many. */
    private static void wideObjects(OutputStream out) throws IOException {
        ascii(out, HEAD);
        StringBuilder wide = new StringBuilder("{");
        for (int m = 0; m < 2000; m++)
            wide.append(m > 0 ? "," : "").append("\"m").append(m).append("\":").append(m);
        wide.append('}');
        String extra = ",\"wide\":" + wide;
        long written = HEAD.length();
        for (int i = 0; written < SIZE; i++) {
            String f = (i > 0 ? ",\n" : "") + feature(i, "Wide " + i, extra);
            ascii(out, f);
            written += f.length();
        }
        ascii(out, TAIL);
    }
}
