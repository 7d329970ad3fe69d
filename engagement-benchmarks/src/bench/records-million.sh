#!/usr/bin/env bash
# A year of decision records for a whole force, read by 'report' and 'replay' in a capped heap (not a test): writes
# COUNT real decisions of the built-in rules and the sample roster through the record sink, with a clock moving
# evenly through 2026 (RecordedYear), then runs 'report' and 'replay' on them with -Xmx HEAP, and prints for each its
# wall time, CPU time (user + system) and peak resident memory from /usr/bin/time -v, with the load average before
# and after, so that a figure is never read without the state of the machine.
# Run from the top of the project after mvn -B -ntp package -DskipTests.
# Usage: engagement-benchmarks/src/bench/records-million.sh [COUNT] [HEAP]   (default 1000000 and 64m; figures in
#        docs/PERFORMANCE.md). Needs about 8 KB of disk a record under ${TMPDIR:-/tmp}; removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-1000000}
heap=${2:-64m}
jar=engagement-examples/target/engagement-cli.jar
roster=engagement-examples/src/main/resources/samples/roster.json
work=$(mktemp -d "${TMPDIR:-/tmp}/records-million.XXXXXX")
trap 'rm -rf "$work"' EXIT
records=$work/records.jsonl

echo "load before: $(uptime)"
java -cp engagement-benchmarks/target/benchmarks.jar io.github.engagementrules.benchmarks.RecordedYear \
  "$records" "$count" 2
echo "records: $(wc -l < "$records") lines, $(du -h "$records" | cut -f1)"
java -jar "$jar" validate | tail -n 1

# A proposal to replay: the built-in rules less the community meetings section.
mkdir "$work/proposal"
cp engagement-rules/src/main/resources/io/github/engagementrules/rules/guide/* "$work/proposal/"
rm "$work/proposal/community-meetings.drl"

# Runs a command under /usr/bin/time -v with the heap cap; prints its first output line and its measures.
measured() {
  local label=$1
  shift
  local status=0
  /usr/bin/time -v -o "$work/time.txt" java "-Xmx$heap" -jar "$jar" "$@" > "$work/out.txt" 2> "$work/err.txt" \
    || status=$?
  echo "$label (exit $status): $(head -n 1 "$work/out.txt")"
  awk -F': ' -v label="$label" '
    /Elapsed \(wall clock\)/ { wall = $2 }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%s: wall %s, CPU %.1f s (user %s + system %s), peak RSS %.0f MB\n", label, wall, user + sys, user, sys, rss / 1024 }
  ' "$work/time.txt"
}

measured "report -Xmx$heap" report --records "$records" --roster "$roster" --out "$work/report"
ls -s "$work/report" | head -n 1
measured "replay -Xmx$heap" replay --rules "$work/proposal" --roster "$roster" --records "$records"
echo "load after: $(uptime)"
