package org.borderwatch.export;

import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.NoSuchAuthorityCodeException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/** Decodes the display CRS of an export from its authority code, longitude first. */
final class DisplayCrs {

    private DisplayCrs() {}

    /**
     * Decodes e.g. {@code EPSG:32634}. Longitude-first order, so EPSG:4326 draws x = longitude.
     *
     * @throws IllegalArgumentException naming the code when it is unknown or malformed
     */
    static CoordinateReferenceSystem decode(String code) {
        try {
            return CRS.decode(code, true);
        } catch (NoSuchAuthorityCodeException e) {
            throw new IllegalArgumentException(
                    "CRS \"" + code + "\" is not a known code (try EPSG:32634 or EPSG:3857)", e);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("CRS \"" + code + "\" cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** A short human name, e.g. "WGS 84 / UTM zone 34N". */
    static String name(CoordinateReferenceSystem crs) {
        return crs.getName().getCode();
    }
}
