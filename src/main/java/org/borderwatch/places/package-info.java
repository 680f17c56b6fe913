/**
 * Gathers every named place the application knows into one gazetteer: the curated places of
 * data/gazetteer.geojson first, then the crossing points of data/crossings.geojson, then the named features of
 * every base-map layer whose catalogue entry declares its name attributes (the shipped settlements, municipalities
 * and districts, and any layer the user adds). Public surface: {@link org.borderwatch.places.KnownPlaces}. No JavaFX.
 */
package org.borderwatch.places;
