#!/usr/bin/env bash
# Start-up and memory of the distribution's launcher (bin/gatehouse serve) beside plain
# `java -jar target/gatehouse.jar serve`, on the embedded SQLite default. Prints markdown tables for
# docs/benchmarks.md ("Start-up and memory with the launcher").
#
#  1. RUNS restarts of each, alternating: time from exec to /health/ready answering UP on the
#     management port, and RSS IDLE s after ready; median and worst.
#  2. The load generator's scenarios (login, refresh, /api/v1/me, as in bench/core.sh) against one
#     fresh start of each: throughput and the server's RSS after each scenario and its peak (VmHWM).
#
#   bench/startup.sh
#   RUNS=10 IDLE=5 DUR=20s WARM=5s CONN=16 bench/startup.sh
#   GATEHOUSE_MEMORY=256m bench/startup.sh     # the launcher's budget (default: cgroup limit, else 512m)
#   LOAD=0 bench/startup.sh                    # start-up and idle only
#   MODES="launcher" bench/startup.sh          # one side only
#   DATA=fresh bench/startup.sh                # a new data directory per start (migrations, key generation)
#   JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 bench/startup.sh
#   BASELINE=/tmp/old/gatehouse-0.1.0-SNAPSHOT.tar.gz bench/startup.sh   # another build's launcher alternates too (A/B)
#
# After each idle RSS sample, the first requests (discovery, JWKS, the hosted /login page) are timed:
# start-up work moved behind ready would show there.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
IDLE=${IDLE:-5}
LOAD=${LOAD:-1}
DUR=${DUR:-20s}
WARM=${WARM:-5s}
CONN=${CONN:-16}
DATA=${DATA:-same}
BASELINE=${BASELINE:-}
MODES=${MODES:-${BASELINE:+baseline }launcher jar}
PORT=${PORT:-18190}
MPORT=${MPORT:-18191}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

tarball=$(ls target/gatehouse-*.tar.gz 2>/dev/null | grep -v -- -linux- | head -n 1 || true)   # not the one with runtime/
if [[ -z "$tarball" || ! -f target/gatehouse.jar ]]; then
  mvn -B -q package -DskipTests
  tarball=$(ls target/gatehouse-*.tar.gz | grep -v -- -linux- | head -n 1)
fi
[[ "$LOAD" == 0 ]] || bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once

source bench/workdir.sh
tar xzf "$tarball" -C "$work"
home=$(echo "$work"/gatehouse-*)
if [[ -n "$BASELINE" ]]; then
  mkdir "$work/baseline" && tar xzf "$BASELINE" -C "$work/baseline"
  baseline_home=$(echo "$work"/baseline/gatehouse-*)
fi

export GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
# Benchmarks hammer one address and a few accounts: lift the per-IP and per-account limits.
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000
# No load balancer to drain: stop at once (the default waits 5 s with readiness DOWN).
export GATEHOUSE_SHUTDOWN_DRAIN_DELAY=0s

# start MODE DATADIR: starts the server in the background, sets pid and ready_ms.
start() {
  export GATEHOUSE_DATA_DIR=$2
  local t0
  t0=$(date +%s%N)
  if [[ $1 == launcher ]]; then
    "$home/bin/gatehouse" serve >"$work/server.log" 2>&1 &
  elif [[ $1 == baseline ]]; then
    "$baseline_home/bin/gatehouse" serve >"$work/server.log" 2>&1 &
  else
    "$JAVA" -jar target/gatehouse.jar serve >"$work/server.log" 2>&1 &
  fi
  pid=$!
  until curl -sf "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
# ms for the first requests after start: discovery, JWKS and the hosted sign-in page
first_requests() {
  local t0=$(date +%s%N) path
  for path in /.well-known/openid-configuration /oauth2/jwks /login; do curl -sf -o /dev/null "http://127.0.0.1:$PORT$path"; done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
name_of() { case $1 in launcher) echo '`bin/gatehouse serve`' ;; baseline) echo '`bin/gatehouse serve` (BASELINE)' ;; *) echo '`java -jar target/gatehouse.jar serve`' ;; esac; }
rss() { awk "/$1/ {print int(\$2/1024)}" "/proc/$pid/status"; }
datadir() { if [[ $DATA == fresh ]]; then mktemp -d -p "$work"; else mkdir -p "$work/data-$1"; echo "$work/data-$1"; fi; }
# median and worst (largest) of a space-separated list
stats() { echo "$@" | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2); print m " | " a[NR]}'; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "# $(date -u +%FT%TZ), $(nproc) CPUs, load average before: $load, $("$JAVA" -version 2>&1 | head -n 1)"
echo "# launcher: $("$home/bin/gatehouse" --dry-run serve | head -n 1 | sed 's/^# //')"
echo "# DATA=$DATA RUNS=$RUNS IDLE=${IDLE}s"

declare -A ready idle first phases
for mode in $MODES; do
  if [[ $DATA == same ]]; then start "$mode" "$(datadir "$mode")"; stop; fi   # creates and migrates the database, unmeasured
done
for ((i = 1; i <= RUNS; i++)); do
  for mode in $MODES; do
    start "$mode" "$(datadir "$mode")"
    sleep "$IDLE"
    ready[$mode]+="$ready_ms "
    idle[$mode]+="$(rss VmRSS) "
    first[$mode]+="$(first_requests) "
    phases[$mode]=$(grep -o 'ready on port.*' "$work/server.log" | sed -E 's/.*hasher [^;]*; (.*)\)$/\1/')
    stop
  done
done
echo
echo "| start | ready: median | ready: worst | idle RSS: median | idle RSS: worst | first requests: median | first requests: worst | ready, every run (ms) |"
echo "|---|---|---|---|---|---|---|---|"
for mode in $MODES; do
  r=$(stats ${ready[$mode]}); m=$(stats ${idle[$mode]}); f=$(stats ${first[$mode]})
  echo "| $(name_of "$mode") | ${r% | *} ms | ${r#* | } ms | ${m% | *} MB | ${m#* | } MB | ${f% | *} ms | ${f#* | } ms | ${ready[$mode]% } |"
done
echo
for mode in $MODES; do echo "# $mode, last start, phases to ready: ${phases[$mode]}"; done
echo "# load average after the restarts: $(cut -d' ' -f1-3 /proc/loadavg)"

[[ "$LOAD" == 0 ]] && exit 0
run() { bench/loadgen.sh --url "http://127.0.0.1:$PORT" --pid "$pid" --warmup "$WARM" --duration "$DUR" "$@" | grep -E "^RESULT"; }
field() { sed -E "s/.* $1=([^ ]+).*/\1/"; }
echo
echo "| start | scenario | requests/s | p99 ms | server CPU ms/req | RSS after MB | peak RSS MB |"
echo "|---|---|---|---|---|---|---|"
for mode in $MODES; do
  name=$(case $mode in launcher) echo launcher ;; baseline) echo 'launcher (BASELINE)' ;; *) echo 'java -jar' ;; esac)
  start "$mode" "$(mktemp -d -p "$work")"
  for scenario in "login --connections 4 --users 64" "refresh --connections $CONN" "me --connections $CONN"; do
    # shellcheck disable=SC2086
    line=$(run --scenario $scenario)
    echo "| $name | ${scenario%% *} | $(field rps <<<"$line") | $(field p99_ms <<<"$line") | $(field cpu_ms_per_req <<<"$line") | $(field rss_mb <<<"$line") | $(field peak_rss_mb <<<"$line") |"
  done
  stop
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
