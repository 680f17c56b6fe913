#!/usr/bin/env bash
# Regenerates the example exports in this folder from the shipped maps/ and data/events.geojson.
# Needs a build (mvn -B -q package -DskipTests) and poppler-utils (pdftoppm) for the PDF preview.
set -euo pipefail
cd "$(dirname "$0")/../.."
run() { java -cp "target/classes:target/lib/*" org.borderwatch.Main export "$@"; }
common=(--store data/events.geojson --bbox 19.9,42.3,21.6,43.45 --from 2023-09-01 --to 2023-10-31
        --title "The Banjska attack and the Serbian build-up, autumn 2023"
        --select 2023-09-24-banjska-monastery-siege,2023-09-29-serbian-buildup-near-boundary,2023-10-03-merdare-guns-seized
        --annotations docs/examples/banjska.annotations.json --force)
run "${common[@]}" --size 1920x1080 --out docs/examples/banjska-1920x1080.png
run "${common[@]}" --size a4 --out docs/examples/banjska-a4.pdf
# the PDF page as the reader sees it, at 100 DPI
pdftoppm -r 100 -png -singlefile docs/examples/banjska-a4.pdf docs/examples/banjska-a4-page
# two dates side by side: the build-up, 1 September against 1 October 2023, with the crossings and the GSZ
run --store data/events.geojson --bbox 20.2,42.6,21.7,43.35 --size a4 --compare 2023-09-01,2023-10-01 --gsz \
    --title "The Serbian build-up: 1 September and 1 October 2023" --force --out docs/examples/buildup-compare-a4.pdf
pdftoppm -r 100 -png -singlefile docs/examples/buildup-compare-a4.pdf docs/examples/buildup-compare-a4-page
