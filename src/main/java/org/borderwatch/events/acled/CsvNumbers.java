package org.borderwatch.events.acled;

/**
 * Numbers as spreadsheets and scripts write them in CSV cells: "42.9", a decimal comma where Excel uses one
 * ("42,9"), and whole numbers written as floats by pandas when the column had a gap ("3.0").
 */
final class CsvNumbers {

    private CsvNumbers() {}

    /**
     * The number in {@code cell}, within [min, max].
     *
     * @throws RowRefused if the cell is empty, not a number or out of range
     */
    static double decimal(String cell, String column, double min, double max) throws RowRefused {
        if (cell.isEmpty()) throw new RowRefused(column, column + " empty", column + " is empty");
        String text = cell.indexOf(',') >= 0 && cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RowRefused(column, column + " not a number", column + " \"" + cell + "\" is not a number");
        }
        if (!(v >= min && v <= max))
            throw new RowRefused(
                    column,
                    column + " out of range",
                    column + " " + cell + " is outside [" + (long) min + ", " + (long) max + "]");
        return v;
    }

    /**
     * The whole number of 0 or more in {@code cell} ("3" or "3.0").
     *
     * @throws RowRefused if the cell is not one
     */
    static int whole(String cell, String column) throws RowRefused {
        double v = decimal(cell, column, 0, Integer.MAX_VALUE);
        if (v != Math.rint(v))
            throw new RowRefused(
                    column, column + " not a whole number", column + " \"" + cell + "\" is not a whole number");
        return (int) v;
    }
}
