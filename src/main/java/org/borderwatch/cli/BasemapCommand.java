package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.map.osm.ExtractDownload;
import org.borderwatch.map.osm.ExtractException;
import org.borderwatch.map.osm.OsmBaseMap;
import org.borderwatch.map.osm.OsmExtract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basemap fetch} and {@code basemap list}: the detailed base data of the region, OpenStreetMap extracts from
 * Geofabrik, fetched on request into the app's data folder, as the app's "Get detailed data for the region…" does.
 */
@Command(
        name = "basemap",
        mixinStandardHelpOptions = true,
        description = "Detailed base data: OpenStreetMap extracts kept in the app's data folder.",
        subcommands = {BasemapCommand.Fetch.class, BasemapCommand.ListExtracts.class})
final class BasemapCommand {

    private static final String USER_AGENT = "BorderWatch (desktop GIS; basemap fetch)";

    /** The app's base map folder, in {@code dataDir} (the app's data folder) when given. */
    static BaseMapFolder folder(Path dataDir) {
        return BaseMapFolder.ofUser(
                System::getenv,
                key -> dataDir != null && key.equals("borderwatch.data.dir")
                        ? dataDir.toString()
                        : System.getProperty(key));
    }

    /** Downloads, checks, cuts to the region and keeps each extract; a stopped download goes on where it stopped. */
    @Command(
            name = "fetch",
            mixinStandardHelpOptions = true,
            description = "Download the Geofabrik extracts of Kosovo and Serbia (or --url ones), check each against"
                    + " its .md5, cut them to the region and keep them as the app's base map. An interrupted"
                    + " download continues where it stopped.")
    static final class Fetch implements Callable<Integer> {

        @Option(
                names = "--url",
                paramLabel = "URL",
                description = "an extract's .shp.zip (repeatable); default: the settings' URLs, else Geofabrik's"
                        + " Kosovo and Serbia")
        List<URI> urls;

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "the app's data folder (default: -Dborderwatch.data.dir, else $XDG_DATA_HOME/borderwatch"
                        + " or ~/.local/share/borderwatch); the extracts go in its basemap/ folder")
        Path dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            BaseMapFolder folder = folder(dataDir);
            ExtractDownload download = new ExtractDownload(ExtractDownload.defaultClient(), USER_AGENT);
            try {
                List<URI> todo = urls == null || urls.isEmpty() ? folder.urls() : urls;
                for (URI url : todo) {
                    out.println("fetching " + url);
                    out.flush();
                    long[] lastTenth = {-1};
                    Optional<Path> kept = folder.fetch(
                            url,
                            download,
                            (done, total) -> {
                                long tenth = total > 0 ? done * 10 / total : -1;
                                if (tenth != lastTenth[0] && total > 0) {
                                    lastTenth[0] = tenth;
                                    out.printf("  %d%% of %,d bytes%n", tenth * 10, total);
                                    out.flush();
                                }
                            },
                            () -> false);
                    kept.ifPresent(p -> out.println("kept " + p));
                }
                out.println("the app draws these extracts as its base map from its next start");
                return 0;
            } catch (ExtractException e) {
                err.println("basemap fetch: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println("basemap fetch: " + e.getMessage());
                return 2;
            }
        }
    }

    /** Lists the extracts kept and the layers of each. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the extracts the base map draws.")
    static final class ListExtracts implements Callable<Integer> {

        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "the app's data folder basemap fetch kept them in")
        Path dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            BaseMapFolder folder = folder(dataDir);
            try {
                Optional<OsmBaseMap> map = folder.open();
                if (map.isEmpty()) {
                    out.println("no extract in " + folder.dir() + "; run: borderwatch basemap fetch");
                    return 0;
                }
                for (OsmExtract e : map.get().extracts())
                    out.println(e.folder() + ": " + String.join(", ", e.layers().keySet()));
                map.get().problems().forEach(err::println);
                return 0;
            } catch (IOException | ExtractException e) {
                err.println("basemap list: " + e.getMessage());
                return 2;
            }
        }
    }
}
