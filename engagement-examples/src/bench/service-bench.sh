#!/usr/bin/env bash
# The service benchmark (not a test): decisions per second of the decider itself, then requests per second and
# latency of POST /decisions with wrk on 1 and 8 kept-alive connections, the ratio of the service's requests per
# second on 8 connections to the decider's decisions per second (same run), what a request costs the server in CPU
# time and allocation (src/bench/request-cost.sh: load-insensitive, to compare with QuickBench's per-decision
# columns), then the same with 100 slow clients open. The load average is printed beside every wall-clock figure.
# Run from engagement-examples/ after mvn -B -ntp package -DskipTests at the top (it uses the benchmarks module's
# jar too); needs wrk (apt-get install -y wrk) and python3.
# Usage: src/bench/service-bench.sh [SECONDS]   (figures in docs/PERFORMANCE.md)
set -euo pipefail
seconds=${1:-20}
jar=target/engagement-cli.jar
roster=src/main/resources/samples/roster.json
benchmarks=../engagement-benchmarks/target/benchmarks.jar
port=18181

load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }

echo "== the decider on its own (QuickBench --seconds 5 --threads 2) $(load)"
quick=$(java -cp "$benchmarks" io.github.engagementrules.benchmarks.QuickBench --seconds 5 --threads 2)
grep -E "decisions/s|decider: decide |threads" <<< "$quick"
decider_rate=$(awk '/decider: decide / { print $3 }' <<< "$quick")
echo "   $(load)"

java -jar "$jar" serve --port "$port" --roster "$roster" --threads 2 > /dev/null &
serve=$!
slow=""
trap 'kill $serve ${slow:+$slow} 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 1; done

echo "== warm-up (${seconds}s, 8 connections)"
wrk -t2 -c8 -d"${seconds}s" -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions" > /dev/null
for connections in 1 8; do
  echo "== POST /decisions, $connections kept-alive connection(s), ${seconds}s $(load)"
  result=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s src/bench/post-decision.lua \
    "http://127.0.0.1:$port/decisions")
  grep -E "Requests/sec|^ +50% |^ +99% |Non-2xx|Socket errors" <<< "$result"
  echo "   $(load)"
done
service_rate=$(awk '/Requests\/sec/ { print $2 }' <<< "$result")
awk -v s="$service_rate" -v d="$decider_rate" \
  'BEGIN { printf "== service/decider throughput, 8 connections: %.0f / %.0f = %.2f\n", s, d, s / d }'

echo "== what a request costs the server (${seconds}s, 8 connections)"
src/bench/request-cost.sh "$serve" "$port" "$seconds" 8

python3 src/bench/slow-clients.py "$port" 100 &
slow=$!
sleep 5
echo "== POST /decisions, 8 connections, with 100 slow clients open, ${seconds}s $(load)"
wrk -t1 -c8 -d"${seconds}s" --latency -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions" \
  | grep -E "Requests/sec|^ +50% |^ +99% |Non-2xx|Socket errors"
