package org.borderwatch.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.gazetteer.PlaceNames;

/**
 * The app's names setting: which {@link NameStyle} it starts with (the window's {@code --names}, passed as
 * -Dborderwatch.names, else the saved setting, else Serbian Latin), and the {@link PlaceNames} handed to the map,
 * the table and the details whenever the style or the gazetteer changes.
 */
final class NamesSetting {

    private static final System.Logger LOG = System.getLogger(NamesSetting.class.getName());
    static final String PROPERTY = "borderwatch.names";

    private NamesSetting() {}

    /**
     * Sets {@code style} to its first value and calls {@code shown} with the names now, and again on every change
     * of the style or the gazetteer.
     */
    static void bind(
            ObjectProperty<NameStyle> style,
            ObservableValue<Gazetteer> gazetteer,
            String saved,
            Consumer<PlaceNames> shown) {
        style.set(initial(System.getProperty(PROPERTY), saved));
        Runnable update = () -> shown.accept(new PlaceNames(style.get(), gazetteer.getValue()));
        style.addListener((obs, old, now) -> update.run());
        gazetteer.addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** The style a launch starts with: the command line's, else the saved one, else Serbian Latin. */
    static NameStyle initial(String commandLine, String saved) {
        for (String tag : new String[] {commandLine, saved}) {
            if (tag == null || tag.isBlank()) continue;
            try {
                return NameStyle.fromTag(tag);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "names setting ignored: " + e.getMessage());
            }
        }
        return NameStyle.SR_LATN;
    }
}
