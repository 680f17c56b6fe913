package org.borderwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same services as the app, for scripts and reports. */
@Command(
        name = "borderwatch",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description =
                "Explore the Serbia–Kosovo border region without a display. Run with no arguments to open the app.",
        subcommands = {
            CommandLine.HelpCommand.class,
            InspectCommand.class,
            ValidateCommand.class,
            GenerateCommand.class,
            ImportCommand.class,
            ExportCsvCommand.class,
            ExportCommand.class,
            FindCommand.class,
            StoreCommand.class,
            CrossingsCommand.class,
            BasemapCommand.class
        })
public final class Cli {

    /**
     * Runs the command line and returns the exit code.
     * Separate from {@code main} so tests can run commands in-process.
     */
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    /** The version written in the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"BorderWatch " + (v == null ? "dev" : v)};
        }
    }
}
