package org.borderwatch.ui.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.postgis.PasswordSource;

/**
 * Asks for a database password when neither PGPASSWORD nor the password file has one. Called on the background
 * thread that connects; the dialog runs on the FX thread while that thread waits. The password is only handed to
 * the driver, never kept in settings.
 */
public final class PasswordPrompt implements PasswordSource.Prompt {

    private final Window owner;

    public PasswordPrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public char[] ask(StoreLocation.Database location) {
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(show(location)));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the password dialog failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private char[] show(StoreLocation.Database location) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Password");
        dialog.setHeaderText("Password for " + location.user() + " on " + location.name());
        PasswordField field = new PasswordField();
        field.setId("password-field");
        dialog.getDialogPane()
                .setContent(new VBox(6, new Label("Not found in PGPASSWORD or ~/.pgpass; it is not saved."), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("password-dialog");
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait()
                .filter(b -> b == ButtonType.OK)
                .map(b -> field.getText().toCharArray())
                .orElse(null);
    }
}
