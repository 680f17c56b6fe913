package org.borderwatch;

import org.borderwatch.cli.Cli;
import org.borderwatch.ui.BorderWatchApp;

/**
 * Entry point: with no arguments it opens the BorderWatch window, with a subcommand it works headless.
 * It does not extend {@code javafx.application.Application} because JavaFX refuses to start such a
 * class from the plain classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            BorderWatchApp.launchWindow(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
