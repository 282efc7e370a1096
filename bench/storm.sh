#!/usr/bin/env bash
# Login storm (PERFORMANCE.md: 10x the hash rate offered): the distribution's launcher
# (bin/gatehouse serve, default budget 512m) and/or plain `java -jar target/gatehouse.jar serve`,
# SQLite, the shipped Argon2id parameters. Per start, on a fresh data directory:
#
#  1. the hash time: single logins one after the other (1 connection, closed loop), p50 and p99;
#  2. the sustainable rate: 2 x hashing-threads connections, closed loop;
#  3. the storm: an open loop at FACTOR x that rate over 64 connections; admitted logins/s and
#     p50/p99, refused share and their latency, server CPU, RSS after and peak; GC pauses from the
#     server's -Xlog:gc (count, sum and longest, warm-up included).
#
#   bench/storm.sh
#   ROUNDS=3 MODES="launcher jar" FACTOR=10 DUR=20s WARM=10s bench/storm.sh
#   RATE=1000 bench/storm.sh        # a fixed storm rate instead of FACTOR x the measured rate
#   MODES="launcher launcher@/tmp/old.tar.gz jar@/tmp/old.jar" bench/storm.sh   # A/B against another build
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-1}
MODES=${MODES:-launcher jar}
FACTOR=${FACTOR:-10}
DUR=${DUR:-20s}
WARM=${WARM:-10s}
CONN=${CONN:-64}
RATE=${RATE:-}
PORT=${PORT:-18471}
MPORT=${MPORT:-18472}
# shellcheck source=bench/dist-bench.sh
. bench/dist-bench.sh

start() {
  : >"$work/gc.log"
  serve "$1" "${JAVA_OPTS:-} -Xlog:gc:file=$work/gc.log"
}
# GC pauses logged after line $1 of the server's -Xlog:gc: count, sum and longest (ms).
gc_pauses() { awk -v from="$1" 'NR > from && /Pause/ { ms = $NF; sub(/ms/, "", ms); n++; s += ms; if (ms + 0 > m) m = ms + 0 } END { printf "%d / %.0f / %.1f", n, s, m }' "$work/gc.log"; }

threads=$(nproc)
echo "# $(date -u +%FT%TZ), $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -n 1)"
echo "# launcher: $("$home/bin/gatehouse" --dry-run serve | head -n 1 | sed 's/^# //')"
echo "# FACTOR=$FACTOR DUR=$DUR WARM=$WARM CONN=$CONN ROUNDS=$ROUNDS"
echo
echo "| round | start | hash time p50 / p99 ms | sustainable logins/s | offered/s | admitted/s | admitted p50 / p99 ms | admitted p99 / hash p50 | refused % | refused p50 / p99 ms | errors | server cores | RSS after / peak MB | GC pauses in the storm run (warm-up too): n / sum ms / max ms | load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in $MODES; do
    start "$mode"
    single=$(run --scenario login --connections 1 --users 4 --warmup 10s --duration 10s)
    closed=$(run --scenario login --connections $((2 * threads)) --users 64 --warmup 5s --duration 10s)
    hash50=$(field p50_ms <<<"$single")
    rate=${RATE:-$(awk -v r="$(field rps <<<"$closed")" -v f="$FACTOR" 'BEGIN { printf "%d", r * f }')}
    before=$(wc -l <"$work/gc.log")
    storm=$(run --scenario login --connections "$CONN" --users 64 --rate "$rate" --warmup "$WARM" --duration "$DUR")
    req=$(field requests <<<"$storm"); ok=$(field ok <<<"$storm"); over=$(field overloaded <<<"$storm"); thr=$(field throttled <<<"$storm")
    refused=$(awk -v r="$req" -v o="$over" -v t="$thr" 'BEGIN { if (r > 0) printf "%.0f", 100 * (o + t) / r; else print "-" }')
    p99=$(field p99_ms <<<"$storm")
    ratio=$(awk -v a="$p99" -v b="$hash50" 'BEGIN { printf "%.1f", a / b }')
    echo "| $round | $mode | $hash50 / $(field p99_ms <<<"$single") | $(field rps <<<"$closed") | $rate | $(field rps <<<"$storm") | $(field p50_ms <<<"$storm") / $p99 | $ratio | $refused | $(field rejected_p50_ms <<<"$storm") / $(field rejected_p99_ms <<<"$storm") | $(field errors <<<"$storm") | $(field server_cores <<<"$storm") | $(field rss_mb <<<"$storm") / $(field peak_rss_mb <<<"$storm") | $(gc_pauses "$before") | $(cut -d' ' -f1 /proc/loadavg) |"
    stop
  done
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
