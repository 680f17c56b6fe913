package org.borderwatch.map.user;

import java.io.IOException;
import java.util.List;
import org.borderwatch.map.Layer;

/**
 * Opens added layers of the kinds it claims into map layers. Opening reads what the layer needs to be drawn and
 * listed (headers, a schema, an index), never on the JavaFX thread.
 */
public interface UserLayerOpener {

    /** True when this opener reads sources of {@code source}'s kind (and form). */
    boolean opens(LayerSource source);

    /**
     * The map layer of {@code added}, named {@link UserLayer#name()}, in the group {@link UserLayer#GROUP}.
     *
     * @throws IOException naming the file (and layer) when it cannot be opened at all
     */
    Opened open(UserLayer added) throws IOException;

    /**
     * An opened layer and what was wrong in it without stopping it (records skipped), one message each naming the
     * file, the layer, the record and the field.
     */
    record Opened(Layer layer, List<String> problems) {
        public Opened {
            problems = List.copyOf(problems);
        }
    }
}
