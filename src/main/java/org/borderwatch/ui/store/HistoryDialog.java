package org.borderwatch.ui.store;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.borderwatch.events.postgis.EventVersion;

/**
 * Every version of one event from the database's audit history, newest first: what was done, by whom, when, and
 * the title it had; "Restore this version" makes the selected one current again (as a new version).
 */
public final class HistoryDialog extends Dialog<Void> {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final TableView<EventVersion> table = new TableView<>();

    public HistoryDialog(Window owner, String title, List<EventVersion> versions, Consumer<EventVersion> restore) {
        initOwner(owner);
        setTitle("History");
        setHeaderText(
                "History of “" + title + "”: " + versions.size() + (versions.size() == 1 ? " version" : " versions"));
        table.setId("history-table");
        table.getColumns().add(column("Version", v -> String.valueOf(v.version())));
        table.getColumns().add(column("Change", EventVersion::op));
        table.getColumns().add(column("By", EventVersion::changedBy));
        table.getColumns().add(column("When", v -> WHEN.format(v.changedAt())));
        table.getColumns()
                .add(column(
                        "Title then",
                        v -> v.event() == null
                                ? "(unreadable: " + v.problem() + ")"
                                : v.event().title()));
        table.getColumns()
                .add(column(
                        "Dates then",
                        v -> v.event() == null ? "" : v.event().date().toString()));
        List<EventVersion> newestFirst = new java.util.ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.setPrefSize(900, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button restoreButton = new Button("Restore this version");
        restoreButton.setId("history-restore");
        restoreButton
                .disableProperty()
                .bind(table.getSelectionModel()
                        .selectedItemProperty()
                        .isNull()
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> {
                                    EventVersion v = table.getSelectionModel().getSelectedItem();
                                    return v == null || v.event() == null || v.op().equals("delete");
                                },
                                table.getSelectionModel().selectedItemProperty())));
        restoreButton.setOnAction(e -> {
            restore.accept(table.getSelectionModel().getSelectedItem());
            close();
        });
        getDialogPane().setContent(new VBox(8, table, restoreButton));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("history-dialog");
    }

    TableView<EventVersion> table() {
        return table;
    }

    private static TableColumn<EventVersion, String> column(
            String name, java.util.function.Function<EventVersion, String> text) {
        TableColumn<EventVersion, String> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new SimpleStringProperty(text.apply(v.getValue())));
        return c;
    }
}
