#!/usr/bin/env bash
# What one POST /decisions costs the server, in terms the machine's load hardly moves: CPU time and bytes allocated per
# request by the server's request threads (engagement-http-*, from `jcmd PID Thread.print -e`), and CPU time per
# request of the whole process (GC and JIT included, from /proc/PID/stat), over a wrk run on kept-alive connections.
# The requests in flight when the two snapshots are taken are the error: a few in hundreds of thousands.
# Usage (from engagement-examples/, a serve process listening): src/bench/request-cost.sh PID PORT SECONDS CONNECTIONS
set -euo pipefail
pid=$1 port=$2 seconds=$3 connections=$4

# "cpu_ms allocated_bytes" summed over the request threads (the acceptor's too: it does nothing per request).
http_threads() {
  jcmd "$pid" Thread.print -e | awk '
    /^"engagement-http/ {
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^cpu=/) { v = substr($i, 5); sub(/ms$/, "", v); cpu += v }
        if ($i ~ /^allocated=/) {
          v = substr($i, 11); unit = substr(v, length(v)); n = substr(v, 1, length(v) - 1)
          factor = unit == "K" ? 1024 : unit == "M" ? 1048576 : unit == "G" ? 1073741824 : 1
          allocated += n * factor
        }
      }
    }
    END { printf "%.3f %.0f\n", cpu, allocated }'
}
# The process's CPU time in ms (user + system, every thread).
process_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f\n", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat"
}

read -r cpu0 alloc0 < <(http_threads)
process0=$(process_cpu_ms)
load=$(cut -d' ' -f1-3 /proc/loadavg)
out=$(wrk -t1 -c"$connections" -d"${seconds}s" -s src/bench/post-decision.lua "http://127.0.0.1:$port/decisions")
read -r cpu1 alloc1 < <(http_threads)
process1=$(process_cpu_ms)
requests=$(awk '/requests in/ { print $1 }' <<< "$out")
rate=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" || true)
awk -v n="$requests" -v rate="$rate" -v c0="$cpu0" -v c1="$cpu1" -v a0="$alloc0" -v a1="$alloc1" \
    -v p0="$process0" -v p1="$process1" -v load="$load" -v conns="$connections" 'BEGIN {
  printf "server cost of POST /decisions, %d connection(s): %d requests, %s/s (load average %s)\n", conns, n, rate, load
  printf "  request threads: %.1f CPU us and %.1f KB allocated per request\n", (c1 - c0) * 1000 / n, (a1 - a0) / 1024 / n
  printf "  whole process:   %.1f CPU us per request (GC and JIT included)\n", (p1 - p0) * 1000 / n
}'
if [ -n "$errors" ]; then echo "  $errors"; fi
