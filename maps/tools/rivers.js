// Writes rivers.geojson from GMT's multi-segment text of the GSHHG rivers (gmt coast -Df -Ia -M), keeping
// the river level GMT writes in each segment header ("> River Bin # 15498, Level 2").
// Usage: node rivers.js <rivers.txt> <rivers.geojson>
"use strict";
const fs = require("fs");
const [input, out] = process.argv.slice(2);

// GSHHG's river levels (its README): what each is called and the class the catalogue styles by.
const LEVELS = {
  1: ["double-lined river", "major"], 2: ["permanent major river", "major"], 3: ["additional major river", "medium"],
  4: ["additional river", "minor"], 5: ["minor river", "minor"], 6: ["intermittent major river", "intermittent"],
  7: ["intermittent additional river", "intermittent"], 8: ["intermittent minor river", "intermittent"],
  9: ["major canal", "canal"], 10: ["minor canal", "canal"], 11: ["irrigation canal", "canal"],
};
const features = [];
let level = null;
let coords = [];
const flush = (lineNo) => {
  if (coords.length >= 2) {
    const [kind, cls] = LEVELS[level] || (() => { throw new Error(`${input}, line ${lineNo}: unknown river level ${level}`); })();
    features.push({ type: "Feature", properties: { level, kind, class: cls }, geometry: { type: "LineString", coordinates: coords } });
  }
  coords = [];
};
fs.readFileSync(input, "utf8").split("\n").forEach((line, i) => {
  if (line.startsWith(">")) {
    flush(i + 1);
    const m = /Level (\d+)/.exec(line);
    if (!m) throw new Error(`${input}, line ${i + 1}: segment header without a level: ${line}`);
    level = Number(m[1]);
  } else if (line.trim() !== "") {
    const [x, y] = line.trim().split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`${input}, line ${i + 1}: not a coordinate pair: ${line}`);
    coords.push([Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
  }
});
flush("end");
fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.error(`rivers: ${features.length} segments`);
