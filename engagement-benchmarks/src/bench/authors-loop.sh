#!/usr/bin/env bash
# The policy author's loop, timed (not a test): the wall time of each command a policy author runs after an edit,
# with its default options, on the built-in rules, JVM start included. Prints one line per command, the rule count
# and the load average before and after, so that a figure is never read without the state of the machine.
# Run from the top of the project after mvn -B -ntp package -DskipTests.
# Usage: engagement-benchmarks/src/bench/authors-loop.sh [--mutants]   (figures in docs/PERFORMANCE.md)
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
java_opts=${JAVA_OPTS:-}

# Runs a command, prints its wall time in seconds and its exit status (diff exits 1 when something changes,
# test and verify when something fails: the status is shown, not hidden).
timed() {
  local label=$1
  shift
  local start end status
  start=$(date +%s.%N)
  set +e
  if [ "$1" = "-version" ]; then
    java $java_opts -version > "$copy/out.txt" 2> "$copy/err.txt"
  else
    java $java_opts -jar "$jar" "$@" > "$copy/out.txt" 2> "$copy/err.txt"
  fi
  status=$?
  set -e
  end=$(date +%s.%N)
  printf '%-44s %7.2f s  (exit %d)\n' "$label" "$(echo "$end - $start" | bc)" "$status"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors; $(java -version 2>&1 | head -n 1)"
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
if [ "${1:-}" = "--mutants" ]; then
  timed "test --mutants $scenarios" test --mutants "$scenarios"
  grep '^mutants:' "$copy/out.txt" | sed 's/^/  /'
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
