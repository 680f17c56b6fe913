package org.borderwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsReadBackEqual() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("conf").resolve("settings.json"));
        Settings saved = new Settings(
                new Settings.WindowPlacement(10, 20, 1000, 700, false),
                0.3,
                false,
                List.of("countries", "places"),
                Set.of("places"),
                CoordinateFormat.DMS,
                true,
                new Settings.SavedView("EPSG:32634", 500000, 4700000, 120.5),
                java.util.Map.of("relief", 0.3),
                false,
                null);

        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactly("settings.json");
        }
    }

    @Test
    void settingsFollowHomeFromTheEnvironmentRatherThanThePasswordDatabase() {
        Map<String, String> props = Map.of("user.home", "/home/from-passwd");
        Map<String, String> env = Map.of("HOME", "/tmp/elsewhere");

        assertThat(SettingsStore.defaultFile(props::get, env::get))
                .isEqualTo(Path.of("/tmp/elsewhere/.config/borderwatch/settings.json"));
    }

    @Test
    void xdgConfigHomeBeatsHomeAndThePropertyBeatsBoth() {
        Map<String, String> env = Map.of("HOME", "/tmp/elsewhere", "XDG_CONFIG_HOME", "/tmp/xdg");

        assertThat(SettingsStore.defaultFile(Map.of("user.home", "/h")::get, env::get))
                .isEqualTo(Path.of("/tmp/xdg/borderwatch/settings.json"));
        assertThat(SettingsStore.defaultFile(Map.of("borderwatch.config.dir", "/tmp/portable")::get, env::get))
                .isEqualTo(Path.of("/tmp/portable/settings.json"));
    }

    @Test
    void withoutHomeTheUserHomePropertyIsUsed() {
        assertThat(SettingsStore.defaultFile(Map.of("user.home", "/home/u")::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/home/u/.config/borderwatch/settings.json"));
    }

    @Test
    void firstLaunchWithoutAFileGetsTheDefaults() {
        assertThat(new SettingsStore(dir.resolve("absent.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void aBrokenFileGivesTheDefaultsAndIsReplacedAtTheNextSave() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"dividerPosition\": 0.4, \"window\": ");
        SettingsStore store = new SettingsStore(file);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        store.save(Settings.defaults());
        assertThat(store.load()).isEqualTo(Settings.defaults());
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnoredAndMissingOnesDefault() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"coordinateFormat\": \"DMS\", \"futureOption\": 3}");

        Settings read = new SettingsStore(file).load();

        assertThat(read.coordinateFormat()).isEqualTo(CoordinateFormat.DMS);
        assertThat(read.dividerPosition()).isEqualTo(Settings.DEFAULT_DIVIDER);
        assertThat(read.layerOrder()).isEmpty();
    }

    @Test
    void aSaveThatCannotWriteNamesTheFile() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        SettingsStore store = new SettingsStore(blocker.resolve("settings.json"));

        assertThatThrownBy(() -> store.save(Settings.defaults())).hasMessageContaining("not-a-folder");
    }
}
