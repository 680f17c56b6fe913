package org.borderwatch.ui.edit;

/** What a press on the map does while annotating: pick and move, or draw one kind of annotation. */
enum AnnotationTool {
    SELECT("Select", "Select an annotation; drag it to move it; double-click to edit it; Delete removes it"),
    LABEL("Text", "Click where a text label goes"),
    ARROW("Arrow", "Drag from the tail to the head of an arrow"),
    CIRCLE("Circle", "Drag from the centre out to the radius of a circle"),
    AREA("Area", "Click the corners of an area; double-click or Enter closes it, Escape drops it"),
    DISTANCE("Distance", "Drag a line to measure its geodesic length in km");

    private final String label;
    private final String hint;

    AnnotationTool(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    String label() {
        return label;
    }

    String hint() {
        return hint;
    }

    /** The prefix of the ids of annotations this tool draws. */
    String idPrefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
