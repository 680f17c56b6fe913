/**
 * The gazetteer: every named place the application knows, with its names in each language and script and the
 * source of its point, and a search that ignores case, accents and script (ICU4J's Serbian-Latin/BGN transform)
 * and tolerates typing errors. Public surface: {@link org.borderwatch.gazetteer.Gazetteer},
 * {@link org.borderwatch.gazetteer.GazetteerPlace}, {@link org.borderwatch.gazetteer.Match},
 * {@link org.borderwatch.gazetteer.NameStyle} and {@link org.borderwatch.gazetteer.LocationRules}. No JavaFX.
 */
package org.borderwatch.gazetteer;
