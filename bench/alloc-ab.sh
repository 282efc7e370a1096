#!/usr/bin/env bash
# Heap bytes allocated and server CPU per request, two distributions A/B interleaved: both run side by side
# on the same kind of database, and each measured window alternates between them (A, B, A, B, ...), so
# a busy machine's load falls on both alike. Per window: the requests the server counted
# (http_server_requests on its management port), the bytes its threads allocated (JFR's
# jdk.ThreadAllocationStatistics at the window's start and end, summed over threads) and its CPU
# (utime + stime from /proc). Bytes per request do not depend on the machine's load; CPU does.
#
#   bench/alloc-ab.sh before.tar.gz after.tar.gz
#
# Options (environment): SCENARIOS (default "client_credentials refresh_grant"), ROUNDS (3),
# DUR (measured seconds per window, 10), WARM (seconds of load before each window, 5),
# CONN (16), DB=sqlite|postgres (sqlite), PORT (first port, 8090; each server takes two),
# JAVA_HOME (default Temurin 25), GH_JAVA_OPTS (extra JVM options for both).
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1 B=$2
SCENARIOS=${SCENARIOS:-client_credentials refresh_grant}
ROUNDS=${ROUNDS:-3} DUR=${DUR:-10} WARM=${WARM:-5} CONN=${CONN:-16} DB=${DB:-sqlite} PORT=${PORT:-8090}
JH=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
REDIRECT=https://app.example/cb
work=$(mktemp -d)
declare -A PID URL MGMT ID SECRET WEB_ID WEB_SECRET HOME_OF
cleanup() { for k in "${!PID[@]}"; do kill "${PID[$k]}" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
bench/loadgen.sh --help >/dev/null 2>&1 || true
# a recording of the per-thread allocation counters only, taken when it starts and when it stops
cat > "$work/alloc.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="allocation counters">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">everyChunk</setting></event>
</configuration>
EOF
json_field() { sed -nE "s/.*\"$1\" *: *\"([^\"]+)\".*/\\1/p"; }
env_of() { # label
  local e=(GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MASTER_KEY="$MASTER" GATEHOUSE_IP_RATE_PER_MINUTE=1000000
    GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000 GATEHOUSE_DATA_DIR="$work/data-$1"
    GATEHOUSE_HTTP_PORT="${PORTS[$1]}" GATEHOUSE_MANAGEMENT_PORT=$((PORTS[$1] + 1)) JAVA_HOME="$JH" JAVA_OPTS="${GH_JAVA_OPTS:-}")
  if [[ $DB == postgres ]]; then
    e+=(GATEHOUSE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/gatehouse_ab_$1_$PORT" GATEHOUSE_DATABASE_USERNAME=gatehouse GATEHOUSE_DATABASE_PASSWORD=gatehouse)
  fi
  printf '%s\n' "${e[@]}"
}
MASTER=$(head -c 32 /dev/urandom | base64)
declare -A PORTS=([a]=$PORT [b]=$((PORT + 2)))
for label in a b; do
  tarball=$A; [[ $label == b ]] && tarball=$B
  mkdir -p "$work/$label" "$work/data-$label" && tar xzf "$tarball" -C "$work/$label"
  HOME_OF[$label]=$(echo "$work/$label"/gatehouse-*)
  if [[ $DB == postgres ]]; then
    pg_ctlcluster 15 main start 2>/dev/null || true
    name=gatehouse_ab_${label}_$PORT
    su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $name\"" >/dev/null
    su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='gatehouse') THEN CREATE ROLE gatehouse LOGIN PASSWORD 'gatehouse'; END IF; END \\\$\\\$\"" >/dev/null
    su postgres -c "psql -q -c \"CREATE DATABASE $name OWNER gatehouse\"" >/dev/null
  fi
  mapfile -t e < <(env_of "$label")
  gh=(env "${e[@]}" "${HOME_OF[$label]}/bin/gatehouse")
  "${gh[@]}" migrate >/dev/null 2>&1
  c=$("${gh[@]}" client create --name bench --type confidential --grant-type client_credentials --auth-method client_secret_basic 2>/dev/null)
  ID[$label]=$(json_field client_id <<<"$c"); SECRET[$label]=$(json_field client_secret <<<"$c")
  c=$("${gh[@]}" client create --name web --type confidential --grant-type authorization_code --grant-type refresh_token \
    --redirect-uri "$REDIRECT" --scope openid --scope profile --scope email --scope offline_access --auth-method client_secret_basic 2>/dev/null)
  WEB_ID[$label]=$(json_field client_id <<<"$c"); WEB_SECRET[$label]=$(json_field client_secret <<<"$c")
  "${gh[@]}" serve > "$work/$label.log" 2>&1 &
  PID[$label]=$!
  URL[$label]=http://127.0.0.1:${PORTS[$label]}; MGMT[$label]=http://127.0.0.1:$((PORTS[$label] + 1))
  for _ in $(seq 1 90); do curl -sf -o /dev/null "${URL[$label]}/health/ready" && break; sleep 1; done
  curl -sf -o /dev/null "${URL[$label]}/health/ready" || { tail -30 "$work/$label.log"; exit 1; }
  child=$(pgrep -P "${PID[$label]}" | head -n 1 || true); [[ -z "$child" ]] || PID[$label]=$child
done
echo "# $(date -u +%FT%TZ) A=$A B=$B db=$DB rounds=$ROUNDS window=${DUR}s after ${WARM}s of load, $CONN connections"

requests() { curl -sf "${MGMT[$1]}/metrics" | awk '/^http_server_requests_seconds_count/ {n += $NF} END {printf "%d", n}'; }
ticks() { awk '{print $14 + $15}' "/proc/${PID[$1]}/stat"; }
allocated() { # recording: bytes allocated between the first and last sample of each thread, summed
  "$JH/bin/jfr" print --json --events jdk.ThreadAllocationStatistics "$1" | python3 -c '
import json, sys
first, last = {}, {}
for e in json.load(sys.stdin)["recording"]["events"]:
    v = e["values"]; t = v["thread"]["javaThreadId"] if v.get("thread") else None
    first.setdefault(t, v["allocated"]); last[t] = v["allocated"]
print(sum(last[t] - first[t] for t in last))'
}
hz=$(getconf CLK_TCK)
window() { # label scenario
  local l=$1 s=$2 args r0 r1 t0 t1 bytes load
  case $s in
    client_credentials|introspect) args=(--client-id "${ID[$l]}" --client-secret "${SECRET[$l]}") ;;
    *) args=(--client-id "${WEB_ID[$l]}" --client-secret "${WEB_SECRET[$l]}" --redirect-uri "$REDIRECT") ;;
  esac
  bench/loadgen.sh --url "${URL[$l]}" --scenario "$s" --connections "$CONN" --duration "$((DUR + 2))s" --warmup "${WARM}s" \
    "${args[@]}" > "$work/loadgen.txt" 2>&1 &
  local lg=$!
  # the window starts once the generator has signed in (setup) and warmed up: wait for requests to flow
  r0=$(requests "$l"); until sleep 1; r1=$(requests "$l"); (( r1 - r0 > 50 )); do
    kill -0 "$lg" 2>/dev/null || { echo "$l $s: the load generator stopped"; tail -5 "$work/loadgen.txt"; return; }
    r0=$r1
  done
  sleep "$WARM"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  "$JH/bin/jcmd" "${PID[$l]}" JFR.start name=ab settings="$work/alloc.jfc" >/dev/null
  r0=$(requests "$l"); t0=$(ticks "$l")
  sleep "$DUR"
  r1=$(requests "$l"); t1=$(ticks "$l")
  "$JH/bin/jcmd" "${PID[$l]}" JFR.stop name=ab filename="$work/ab.jfr" >/dev/null
  wait "$lg" || true
  bytes=$(allocated "$work/ab.jfr")
  awk -v l="$l" -v s="$s" -v n=$((r1 - r0)) -v b="$bytes" -v t=$((t1 - t0)) -v hz="$hz" -v d="$DUR" -v load="$load" \
    'BEGIN {printf "%s %-18s requests=%d rps=%.0f bytes_per_req=%.0f cpu_ms_per_req=%.4f load=%s\n", l, s, n, n / d, b / n, 1000 * t / hz / n, load}'
}
for s in $SCENARIOS; do
  for round in $(seq 1 "$ROUNDS"); do
    order=(a b); (( round % 2 == 0 )) && order=(b a)
    for l in "${order[@]}"; do window "$l" "$s"; done
  done
done
