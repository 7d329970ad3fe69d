#!/usr/bin/env bash
# The service benchmark (not a test): decisions per second of the decider itself, then requests per second and
# latency of POST /decisions with wrk on 1 and 8 kept-alive connections, then the same with 100 slow clients open.
# Run from engagement-examples/ after mvn -B -ntp package -DskipTests at the top (it uses the benchmarks module's
# jar too); needs wrk (apt-get install -y wrk) and python3.
# Usage: src/bench/service-bench.sh [SECONDS]   (figures in docs/PERFORMANCE.md)
set -euo pipefail
seconds=${1:-20}
jar=target/engagement-cli.jar
roster=src/main/resources/samples/roster.json
benchmarks=../engagement-benchmarks/target/benchmarks.jar
port=18181

echo "== the decider on its own (QuickBench --seconds 5 --threads 2)"
java -cp "$benchmarks" io.github.engagementrules.benchmarks.QuickBench --seconds 5 --threads 2 | grep -E "decider: decide |threads"

java -jar "$jar" serve --port "$port" --roster "$roster" --threads 2 > /dev/null &
serve=$!
slow=""
trap 'kill $serve ${slow:+$slow} 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 1; done

echo "== warm-up (${seconds}s, 8 connections)"
wrk -t2 -c8 -d"${seconds}s" -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions" > /dev/null
for connections in 1 8; do
  echo "== POST /decisions, $connections kept-alive connection(s), ${seconds}s"
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions" \
    | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done

python3 src/bench/slow-clients.py "$port" 100 &
slow=$!
sleep 5
echo "== POST /decisions, 8 connections, with 100 slow clients open, ${seconds}s"
wrk -t1 -c8 -d"${seconds}s" --latency -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions" \
  | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
