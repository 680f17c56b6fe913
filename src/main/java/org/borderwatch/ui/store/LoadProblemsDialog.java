package org.borderwatch.ui.store;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.RecordProblem;

/**
 * Lists what a store load skipped or could not read: one row per problem with the file, the feature
 * index, the feature's id, the field (a JSON pointer) and the message. Not modal, so the user can look at
 * the map while reading it; "Copy" puts the list on the clipboard as text, one problem a line, for
 * fixing the file elsewhere. Esc or Close closes it.
 */
public final class LoadProblemsDialog extends Alert {
    static final ButtonType COPY = new ButtonType("Copy list");

    /**
     * @param headline what happened as a whole, e.g. "… opened with 64 events; 3 records were skipped."
     */
    public LoadProblemsDialog(Window owner, String headline, LoadReport report) {
        super(report.complete() ? AlertType.WARNING : AlertType.ERROR, "", COPY, ButtonType.CLOSE);
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Store problems — " + report.file().getFileName());
        setHeaderText(headline);
        setResizable(true);
        getDialogPane().setId("load-problems");
        TableView<RecordProblem> table = new TableView<>(FXCollections.observableArrayList(report.problems()));
        table.setId("load-problems-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("File", 110, p -> String.valueOf(p.file().getFileName())));
        TableColumn<RecordProblem, Integer> index = new TableColumn<>("Record");
        index.setPrefWidth(60);
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().index() < 0 ? null : c.getValue().index()));
        table.getColumns().add(index);
        table.getColumns().add(column("Id", 250, p -> p.id() == null ? "" : p.id()));
        table.getColumns().add(column("Field", 270, p -> p.pointer().isEmpty() ? "(whole record)" : p.pointer()));
        table.getColumns().add(column("Problem", 420, RecordProblem::message));
        table.setPrefHeight(Math.min(440, 80 + 44.0 * report.problems().size()));
        table.setPrefWidth(1140);
        Label hint = new Label(
                report.complete()
                        ? "Records are numbered from 0 in the order of the file's \"features\". Skipped records stay in the file "
                                + "untouched, and a save writes them back as they are."
                        : "The file was not read to its end, so nothing of it was opened.");
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, table, hint));
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent text = new ClipboardContent();
            text.putString(report.toString());
            Clipboard.getSystemClipboard().setContent(text);
        });
    }

    /** Shows long ids, pointers and messages whole, over several lines, with the text as a tooltip too. */
    private static final class WrappingCell extends TableCell<RecordProblem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.getStyleClass().add("text");
            setGraphic(text);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    private static TableColumn<RecordProblem, String> column(
            String name, double width, java.util.function.Function<RecordProblem, String> value) {
        TableColumn<RecordProblem, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(column -> new WrappingCell());
        return c;
    }
}
