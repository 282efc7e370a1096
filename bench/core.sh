#!/usr/bin/env bash
# Core benchmark of one Gatehouse node on the embedded SQLite default (or GATEHOUSE_DATABASE_URL):
# start to ready, idle RSS, logins/s, chained refreshes/s, /api/v1/me/s with p50/p99, refresh p99 at
# half load, and database statements per request. Results go to stdout; copy them to docs/benchmarks.md.
#
#   bench/core.sh                 # JDK on the PATH
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/core.sh
#   DUR=30s CONN=16 bench/core.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18090}
MPORT=${MPORT:-18091}   # management port: /metrics is served there only
DUR=${DUR:-20s}
WARM=${WARM:-5s}
CONN=${CONN:-16}
B=http://127.0.0.1:$PORT
M=http://127.0.0.1:$MPORT

[[ -f target/gatehouse.jar ]] || mvn -B -q package -DskipTests
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once

data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
export GATEHOUSE_DATA_DIR=$data GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
# Benchmarks hammer one address and a few accounts: lift the per-IP and per-account limits.
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000

start=$(date +%s%N)
$JAVA -jar target/gatehouse.jar serve >"$data/server.log" 2>&1 &
pid=$!
until curl -sf "$B/health/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.005
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 5
idle_rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
echo "RESULT start_to_ready_ms=$ready_ms idle_rss_mb=$idle_rss java=$($JAVA -version 2>&1 | head -1 | tr ' ' '_')"
grep -E "ready on port" "$data/server.log" | sed 's/^/# /'

stmts() { curl -s "$M/metrics" | awk '/^gatehouse_db_statements_total/ {print int($2)}'; }
json() { sed -E "s/.*\"$1\":\"?([^\",}]*).*/\1/"; }

# Statements per request, measured on single requests (the audit row of a login is written by a
# background batch writer: counted here as one extra statement, amortised under load).
curl -s -X POST "$B/api/v1/signup" -H 'Content-Type: application/json' \
  -d '{"username":"benchuser","password":"correct horse battery staple"}' >/dev/null
sleep 1
s0=$(stmts)
tok=$(curl -s -X POST "$B/api/v1/login" -H 'Content-Type: application/json' \
  -d '{"username":"benchuser","password":"correct horse battery staple"}')
sleep 1
s1=$(stmts)
rt=$(echo "$tok" | json refresh_token)
curl -s -X POST "$B/api/v1/refresh" -H 'Content-Type: application/json' -d "{\"refresh_token\":\"$rt\"}" >"$data/r.json"
s2=$(stmts)
at=$(json access_token <"$data/r.json")
curl -s "$B/api/v1/me" -H "Authorization: Bearer $at" >/dev/null
s3=$(stmts)
# A second /me within session.cache.ttl (1 s) is served from the node's session cache.
curl -s "$B/api/v1/me" -H "Authorization: Bearer $at" >/dev/null
s4=$(stmts)
echo "RESULT statements_login=$((s1 - s0)) statements_refresh=$((s2 - s1)) statements_me=$((s3 - s2)) statements_me_cached=$((s4 - s3))"

run() { bench/loadgen.sh --url "$B" --pid $pid --warmup "$WARM" --duration "$DUR" "$@" | grep -E "^RESULT"; }
run --scenario login --connections 4 --users 64
line=$(run --scenario refresh --connections "$CONN"); echo "$line"
max_refresh=$(echo "$line" | sed -E 's/.* rps=([0-9]+).*/\1/')
run --scenario refresh --connections "$CONN" --rate $((max_refresh / 2))
line=$(run --scenario me --connections "$CONN"); echo "$line"
max_me=$(echo "$line" | sed -E 's/.* rps=([0-9]+).*/\1/')
run --scenario me --connections "$CONN" --rate $((max_me / 2))
run --scenario health --connections "$CONN"
run --scenario health_bearer --connections "$CONN"
echo "RESULT peak_rss_mb=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)"
