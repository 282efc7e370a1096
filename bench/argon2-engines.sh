#!/usr/bin/env bash
# Logins on one engine against the other, interleaved: the jar on a fresh SQLite directory per start,
# argon2.implementation native (libargon2) and auto (libsodium for t >= 3), at Keycloak's Argon2id
# parameters unless M/T say otherwise; server CPU per login from /proc and RSS after the run.
#   bench/argon2-engines.sh
#   ROUNDS=5 M=19456 T=2 DUR=30s PORT=26090 MPORT=26091 bench/argon2-engines.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18590}
MPORT=${MPORT:-18591}
ROUNDS=${ROUNDS:-3}
IMPLS=${IMPLS:-native auto}
[[ -f target/gatehouse.jar ]] || mvn -B -q package -DskipTests
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once

export GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000
export GATEHOUSE_ARGON2_MEMORY_KIB=${M:-7168} GATEHOUSE_ARGON2_ITERATIONS=${T:-5} GATEHOUSE_ARGON2_PARALLELISM=1
pid=
data=
trap 'if [[ -n $pid ]]; then kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; fi; [[ -z $data ]] || rm -rf "$data"' EXIT
field() { sed -E "s/.* $1=([^ ]+).*/\1/"; }
echo "# $(date -u +%FT%TZ), m=$GATEHOUSE_ARGON2_MEMORY_KIB t=$GATEHOUSE_ARGON2_ITERATIONS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  for impl in $IMPLS; do
    data=$(mktemp -d)
    GATEHOUSE_DATA_DIR=$data GATEHOUSE_ARGON2_IMPLEMENTATION=$impl java -jar target/gatehouse.jar serve >"$data/server.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null | grep -q UP; do
      kill -0 $pid 2>/dev/null || { cat "$data/server.log"; exit 1; }
      sleep 0.1
    done
    res=$(bench/loadgen.sh --url "http://127.0.0.1:$PORT" --pid $pid --scenario login --connections "${CONN:-4}" --users 64 \
      --warmup "${WARM:-5s}" --duration "${DUR:-15s}" | grep -E "^RESULT")
    echo "round $r $impl: $(grep -o 'hasher [a-z0-9-]*' "$data/server.log") logins/s=$(field rps <<<"$res")" \
      "cpu_ms_per_login=$(field cpu_ms_per_req <<<"$res") p50_ms=$(field p50_ms <<<"$res")" \
      "rss_after_mb=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) load=$(cut -d' ' -f1 /proc/loadavg)"
    kill $pid; wait $pid 2>/dev/null || true; pid=
    rm -rf "$data"; data=
  done
done
