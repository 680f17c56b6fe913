#!/usr/bin/env bash
# Issue 20's import target as users meet it: the whole command, JVM start included,
#   bin/borderwatch import acled-100k.csv --into store.geojson
# 100,000 ACLED rows into a 1,000,000-event store (about 650 MB), three timed runs, each on a fresh copy of the store.
# Builds with the bench profile, makes the two files once with ImportBench (deterministic, seed 7), then runs the
# command once untimed: the first run of a subcommand after a build writes its class-data archive
# (target/borderwatch-import.jsa), which the runs after it map. The copy is synced to disk before each run so that
# its write-back does not compete with the import's own.
#
#   docs/benchmarks/import-whole-command.sh [DIR]      DIR defaults to /tmp/bw-import (needs about 2 GB free)
#
# Prints one line per run: "run N: W s wall, U s user, S s sys", then the import's last line.
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
dir="${1:-/tmp/bw-import}"
cd "$home"
mvn -q -B -Pbench -DskipTests package
touch target/.borderwatch-built
java -cp "target/classes:target/lib/*" org.borderwatch.bench.ImportBench "$dir" 0 > /dev/null
for run in warm-up 1 2 3; do
  cp "$dir/pristine.geojson" "$dir/store.geojson"
  rm -f "$dir/store.geojson.bak"
  sync
  /usr/bin/time -f "run $run: %e s wall, %U s user, %S s sys" \
    bin/borderwatch import "$dir/acled-100k.csv" --into "$dir/store.geojson" > "$dir/import-output.txt"
done
tail -n 1 "$dir/import-output.txt"
