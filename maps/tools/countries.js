// Writes countries.geojson: Serbia, Kosovo and their neighbours from world-atlas countries-10m.json.
// Usage: node countries.js <world-atlas dir> <topojson-client dir> <out.geojson>
"use strict";
const fs = require("fs");
const path = require("path");
const [atlasDir, clientDir, out] = process.argv.slice(2);
const topojson = require(path.resolve(clientDir, "dist/topojson-client.js"));
const atlas = JSON.parse(fs.readFileSync(path.join(atlasDir, "countries-10m.json"), "utf8"));

// ISO 3166-1 codes; world-atlas carries only the numeric code as the feature id, and none for
// Kosovo, which has no ISO code: XK/XKX are the user-assigned codes used by the EU and GeoNames.
const COUNTRIES = [
  { name: "Serbia", iso_a2: "RS", iso_a3: "SRB", iso_n3: "688", role: "serbia" },
  { name: "Kosovo", iso_a2: "XK", iso_a3: "XKX", iso_n3: "", role: "kosovo", atlasName: "Kosovo" },
  { name: "Montenegro", iso_a2: "ME", iso_a3: "MNE", iso_n3: "499", role: "neighbour" },
  { name: "Albania", iso_a2: "AL", iso_a3: "ALB", iso_n3: "008", role: "neighbour" },
  { name: "North Macedonia", iso_a2: "MK", iso_a3: "MKD", iso_n3: "807", role: "neighbour" },
  { name: "Bosnia and Herzegovina", iso_a2: "BA", iso_a3: "BIH", iso_n3: "070", role: "neighbour" },
  { name: "Croatia", iso_a2: "HR", iso_a3: "HRV", iso_n3: "191", role: "neighbour" },
  { name: "Hungary", iso_a2: "HU", iso_a3: "HUN", iso_n3: "348", role: "neighbour" },
  { name: "Romania", iso_a2: "RO", iso_a3: "ROU", iso_n3: "642", role: "neighbour" },
  { name: "Bulgaria", iso_a2: "BG", iso_a3: "BGR", iso_n3: "100", role: "neighbour" },
];

// world-atlas quantizes to a grid of about 0.0036° x 0.0017°; rounding the decoded values to 1e-7°
// changes nothing visible and makes every coordinate survive ogr2ogr's 15-digit CSV WKT unchanged, so
// the boundary computed from the CSV sits exactly on the vertices of the shapefile.
const round = (v) => Math.round(v * 1e7) / 1e7;
const roundCoords = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoords));

const features = topojson.feature(atlas, atlas.objects.countries).features;
const out_features = COUNTRIES.map((c) => {
  const matches = features.filter((f) =>
    c.atlasName ? f.properties.name === c.atlasName && f.id === undefined : f.id === c.iso_n3);
  if (matches.length !== 1)
    throw new Error(`countries-10m.json, object countries: expected one feature for ${c.name}, found ${matches.length}`);
  const f = matches[0];
  return {
    type: "Feature",
    properties: { name: c.name, ne_name: f.properties.name, iso_a2: c.iso_a2, iso_a3: c.iso_a3, iso_n3: c.iso_n3, role: c.role },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  };
});
fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features: out_features }));
console.error(`countries: ${out_features.length} features`);
