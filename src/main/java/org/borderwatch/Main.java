package org.borderwatch;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.borderwatch.cli.Cli;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.map.RegionMap;
import org.borderwatch.tiles.TilePreset;
import org.borderwatch.ui.BorderWatchApp;

/**
 * Entry point: with no arguments, or with one existing {@code .geojson} file (as a desktop's file association
 * passes it), it opens the BorderWatch window, after any of {@code --names sr-Latn|sr-Cyrl|sq|en|dual},
 * {@code --tiles PRESET|URL_TEMPLATE} (a web tile base map for this run) and any number of {@code --layer PATH} (a
 * shapefile, GeoJSON or GeoPackage added on top of the map), in any order; with a subcommand it works headless.
 * It does not extend {@code javafx.application.Application} because JavaFX refuses to start such a
 * class from the plain classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // --layer PATH adds a layer in the window (export takes its own --layer)
        java.util.List<String> layers = new java.util.ArrayList<>();
        while (args.length >= 2
                && java.util.List.of("--names", "--tiles", "--layer").contains(args[0])) {
            String value = args[1];
            switch (args[0]) {
                case "--names" -> {
                    // checked here, so a typo fails at once with the allowed values
                    try {
                        System.setProperty(
                                "borderwatch.names", NameStyle.fromTag(value).tag());
                    } catch (IllegalArgumentException e) {
                        System.err.println("borderwatch: --names: " + e.getMessage());
                        System.exit(2);
                    }
                }
                case "--tiles" -> {
                    try {
                        TilePreset.parse(value);
                        System.setProperty("borderwatch.tiles", value.strip());
                    } catch (IllegalArgumentException e) {
                        System.err.println("borderwatch: --tiles: " + e.getMessage());
                        System.exit(2);
                    }
                }
                default -> {
                    layers.add("--layer");
                    layers.add(value);
                }
            }
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length == 0 || args.length == 1 && opensInWindow(args[0])) {
            warmUpBesideTheToolkit();
            layers.addAll(java.util.List.of(args));
            BorderWatchApp.launchWindow(layers.toArray(String[]::new));
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** True for an existing {@code .geojson} file, which the window opens; anything else is a subcommand. */
    static boolean opensInWindow(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(".geojson") && Files.isRegularFile(Path.of(arg));
    }

    /**
     * Starts, on a daemon thread, the two slow first uses the first map frame waits for: GeoTools' EPSG
     * database (over a second to open, then cached by GeoTools itself) and Java2D's font system. Done while
     * JavaFX starts and builds the window instead of after, it takes them off the time to the first frame
     * (docs/benchmarks.md, "Time to first window").
     */
    private static void warmUpBesideTheToolkit() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        RegionMap.displayCrs(RegionMap.DEFAULT_CRS);
                    } catch (IOException e) {
                        // the map load that follows decodes the same code and shows the user this failure in the window
                        return;
                    }
                    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                    g.drawString("Mitrovicë", 0, 0);
                    g.dispose();
                },
                "borderwatch-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
