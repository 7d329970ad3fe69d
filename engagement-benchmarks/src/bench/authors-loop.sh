#!/usr/bin/env bash
# The policy author's loop, timed (not a test): the wall time of each command a policy author runs after an edit,
# with its default options, on the built-in rules, JVM start included. Prints one line per command, the rule count
# and the load average before and after, so that a figure is never read without the state of the machine.
# Run from the top of the project after mvn -B -ntp package -DskipTests.
# Usage: engagement-benchmarks/src/bench/authors-loop.sh [--cds] [--mutants]   (figures in docs/PERFORMANCE.md)
#   --cds      runs the commands through engagement-examples/src/bin/engagement, with its class data sharing archive
#              (made before the timings) and the JIT's first tier only
#   --mutants  also times 'test --mutants' on the shipped scenarios (minutes, not seconds)
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=engagement-examples/target/engagement-cli.jar
roster=engagement-examples/src/main/resources/samples/roster.json
scenarios=engagement-examples/scenarios
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp engagement-rules/src/main/resources/io/github/engagementrules/rules/guide/* "$copy/"
head -n 1 engagement-examples/src/main/resources/samples/opportunities.jsonl > "$copy/one.jsonl"
cds=false
mutants=false
for option in "$@"; do
  case $option in
    --cds) cds=true ;;
    --mutants) mutants=true ;;
    *) echo "usage: $0 [--cds] [--mutants]" >&2; exit 2 ;;
  esac
done
launcher=engagement-examples/src/bin/engagement
if $cds; then
  ENGAGEMENT_JAR=$PWD/$jar "$launcher" --version > /dev/null
fi

# Runs a command, prints its wall time in seconds and its exit status (diff exits 1 when something changes,
# test and verify when something fails: the status is shown, not hidden).
timed() {
  local label=$1
  shift
  local start end status
  start=$(date +%s.%N)
  set +e
  if [ "$1" = "-version" ]; then
    java -version > "$copy/out.txt" 2> "$copy/err.txt"
  elif $cds; then
    ENGAGEMENT_JAR=$PWD/$jar "$launcher" "$@" > "$copy/out.txt" 2> "$copy/err.txt"
  else
    java -jar "$jar" "$@" > "$copy/out.txt" 2> "$copy/err.txt"
  fi
  status=$?
  set -e
  end=$(date +%s.%N)
  printf '%-44s %7.2f s  (exit %d)\n' "$label" "$(echo "$end - $start" | bc)" "$status"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors; $(java -version 2>&1 | head -n 1);" \
  "$($cds && echo "through the launcher: with" || echo "java -jar: without") the class data sharing archive and the first JIT tier"
timed "java -version (the JVM alone)" -version
timed "decide (one record)" decide --roster "$roster" "$copy/one.jsonl"
timed "validate" validate
tail -n 1 "$copy/out.txt" | cut -c1-120 | sed 's/^/  /'
timed "test $scenarios" test "$scenarios"
tail -n 1 "$copy/out.txt" | sed 's/^/  /'
timed "verify" verify
tail -n 1 "$copy/out.txt" | cut -c1-120 | sed 's/^/  /'
timed "diff --rules builtin --rules COPY" diff --rules builtin --rules "$copy"
head -n 2 "$copy/out.txt" | tail -n 1 | sed 's/^/  /'
if $mutants; then
  timed "test --mutants $scenarios" test --mutants "$scenarios"
  grep '^mutants:' "$copy/out.txt" | sed 's/^/  /'
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
