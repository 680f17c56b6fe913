package org.borderwatch.ui.store;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.borderwatch.events.StoreLocation;

/**
 * File → Connect to database…: host, port, database, user and TLS mode of a shared PostGIS store. There is no
 * password field: the password comes from PGPASSWORD, ~/.pgpass or a prompt when connecting, and is never kept.
 */
public final class ConnectDialog extends Dialog<StoreLocation.Database> {

    private final TextField host = field("connect-host", "127.0.0.1");
    private final TextField port = field("connect-port", "5432");
    private final TextField database = field("connect-database", "borderwatch");
    private final TextField user = field("connect-user", System.getProperty("user.name"));
    private final ComboBox<String> ssl = new ComboBox<>();
    private final Label problem = new Label();

    /** {@code last}: the database connected to before, to start from; may be null. */
    public ConnectDialog(Window owner, StoreLocation.Database last) {
        initOwner(owner);
        setTitle("Connect to database");
        setHeaderText("A shared event store in PostgreSQL with PostGIS");
        if (last != null) {
            host.setText(last.host());
            port.setText(String.valueOf(last.port()));
            database.setText(last.database());
            user.setText(last.user());
        }
        ssl.getItems().addAll("prefer", "require", "verify-full", "disable");
        ssl.setValue(last == null ? "prefer" : last.params().getOrDefault("sslmode", "prefer"));
        ssl.setId("connect-sslmode");
        problem.setId("connect-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Host"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("TLS"), ssl);
        grid.add(
                new Label("The password is taken from PGPASSWORD or ~/.pgpass, or asked for; it is never saved."),
                0,
                5,
                2,
                1);
        grid.add(problem, 0, 6, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setId("connect-dialog");
        ButtonType connect = new ButtonType("Connect", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        // a bad port or an empty field is said in the dialog, which stays open
        getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (location().isEmpty()) e.consume();
        });
        setResultConverter(b -> b == connect ? location().orElse(null) : null);
    }

    /** The location the fields describe, or empty (and the reason shown) if they describe none. */
    Optional<StoreLocation.Database> location() {
        try {
            int p = Integer.parseInt(port.getText().strip());
            StoreLocation.Database d = new StoreLocation.Database(
                    host.getText().strip(),
                    p,
                    database.getText().strip(),
                    user.getText().strip(),
                    "prefer".equals(ssl.getValue()) ? Map.of() : Map.of("sslmode", ssl.getValue()));
            problem.setText("");
            return Optional.of(d);
        } catch (NumberFormatException e) {
            problem.setText("Port must be a number, like 5432.");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage().substring(0, 1).toUpperCase()
                    + e.getMessage().substring(1) + ".");
        }
        return Optional.empty();
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }
}
