package org.borderwatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void readsAPathAsAFile() {
        assertThat(StoreLocation.parse("data/events.geojson"))
                .isEqualTo(new StoreLocation.File(Path.of("data/events.geojson")));
    }

    @Test
    void readsADatabaseUriAndWritesItBackTheSame() {
        StoreLocation l = StoreLocation.parse("postgresql://editor@db.example.org:6543/events?sslmode=require");
        assertThat(l).isInstanceOfSatisfying(StoreLocation.Database.class, d -> {
            assertThat(d.host()).isEqualTo("db.example.org");
            assertThat(d.port()).isEqualTo(6543);
            assertThat(d.database()).isEqualTo("events");
            assertThat(d.user()).isEqualTo("editor");
            assertThat(d.params()).containsEntry("sslmode", "require");
            assertThat(d.name()).isEqualTo("events@db.example.org:6543");
        });
        assertThat(StoreLocation.parse(l.text())).isEqualTo(l);
    }

    @Test
    void takesTheDefaultPortWhenNoneIsGiven() {
        assertThat(((StoreLocation.Database) StoreLocation.parse("postgres://a@h/db")).port())
                .isEqualTo(5432);
    }

    @Test
    void refusesAUriWithAPasswordWithoutRepeatingIt() {
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://editor:s3cret@h:5432/db"))
                .hasMessageContaining("holds a password")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void refusesAUriWithoutUserOrDatabaseOrWithAnUnknownParameter() {
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://h:5432/db")).hasMessageContaining("names no user");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://u@h:5432/"))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://u@h:5432/db?password=x"))
                .hasMessageContaining("parameter \"password\"");
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://u@h:99999/db"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
