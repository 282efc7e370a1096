#!/usr/bin/env bash
# Side by side on this machine, both on the local PostgreSQL 15 and the same JDK: client_credentials
# grants/s and introspections/s of Gatehouse and of Keycloak (org.keycloak:keycloak-quarkus-dist).
#
#   bench/oauth-vs-keycloak.sh [duration=20s] [connections=16]
#
# Builds the jar if needed, starts Keycloak (bench/keycloak.sh) and Gatehouse, registers one
# confidential client on each, runs the load generator's client_credentials and introspect_client
# scenarios against each (closed loop, after a warm-up), prints the figures, and stops both servers.
# Needs: pg_ctlcluster 15 main start; JDK 21+ for Keycloak (BENCH_JAVA_HOME, default Temurin 25).
# Options (environment):
#   ALG=ES256          the benchmark client's access tokens are ES256 on both servers (a per-client
#                      setting on each); default RS256, both servers' default
#   WARMUP=40s         warm-up before each measurement (default 10s)
#   SCENARIOS="introspect"  run only these (default: client_credentials introspect)
#   GATEHOUSE_ONLY=1   skip Keycloak
#   GH_JAVA_OPTS=...   JVM options for Gatehouse (e.g. a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-16}
JAVA_HOME_BENCH=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
GH_PORT=8090
KC_PORT=8180
DB=gatehouse_bench
export KEYCLOAK_JAVA_HOME=$JAVA_HOME_BENCH KC_PORT KC_ACCESS_TOKEN_ALG=${ALG:-RS256}

[[ -f target/gatehouse.jar ]] || mvn -q -B package -DskipTests
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $DB\"" >/dev/null
su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='gatehouse') THEN CREATE ROLE gatehouse LOGIN PASSWORD 'gatehouse'; END IF; END \\\$\\\$\"" >/dev/null
su postgres -c "psql -q -c \"CREATE DATABASE $DB OWNER gatehouse\"" >/dev/null

data=$(mktemp -d)
# Keycloak's own management port is 9000, Gatehouse's default: give Gatehouse's another one.
export GATEHOUSE_DATA_DIR=$data GATEHOUSE_HTTP_PORT=$GH_PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$((GH_PORT + 1)) \
  GATEHOUSE_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$DB GATEHOUSE_DATABASE_USERNAME=gatehouse \
  GATEHOUSE_DATABASE_PASSWORD=gatehouse GATEHOUSE_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
gh_java="$JAVA_HOME_BENCH/bin/java"

cleanup() {
  [[ -n "${GH_PID:-}" ]] && kill "$GH_PID" 2>/dev/null || true
  [[ -z "${GATEHOUSE_ONLY:-}" ]] && { bench/keycloak.sh stop || true; }
  rm -rf "$data"
}
trap cleanup EXIT

"$gh_java" -jar target/gatehouse.jar migrate >/dev/null
client_json=$("$gh_java" -jar target/gatehouse.jar client create --name bench --type confidential \
  --grant-type client_credentials --auth-method client_secret_basic \
  ${ALG:+--access-token-signed-response-alg "$ALG"} 2>/dev/null)
GH_ID=$(sed -nE 's/.*"client_id" *: *"([^"]+)".*/\1/p' <<<"$client_json")
GH_SECRET=$(sed -nE 's/.*"client_secret" *: *"([^"]+)".*/\1/p' <<<"$client_json")
"$gh_java" ${GH_JAVA_OPTS:-} -jar target/gatehouse.jar serve > "$data/gatehouse.log" 2>&1 &
GH_PID=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$GH_PORT/health/ready" && break; sleep 1; done

if [[ -z "${GATEHOUSE_ONLY:-}" ]]; then
  bench/keycloak.sh start > "$data/keycloak-start.txt"
  KC_PID=$(sed -nE 's/^keycloak pid ([0-9]+)/\1/p' "$data/keycloak-start.txt")
  KC_JAVA_PID=$(pgrep -P "$KC_PID" java || echo "$KC_PID")
fi

run() { # name url pid scenario extra...
  [[ $1 == keycloak && -n "${GATEHOUSE_ONLY:-}" ]] && return 0
  [[ " ${SCENARIOS:-client_credentials introspect} " == *" ${4%_client} "* ]] || return 0
  local name=$1 url=$2 pid=$3 scenario=$4; shift 4
  echo "== $name $scenario"
  MVN_OFFLINE=${MVN_OFFLINE:-0} bench/loadgen.sh --url "$url" --scenario "$scenario" --connections "$CONNECTIONS" \
    --duration "$DURATION" --warmup "${WARMUP:-10s}" --pid "$pid" "$@" | grep -E '^ *(requests|throughput|latency ok|server)' || true
}
KC_TOKEN=/realms/bench/protocol/openid-connect/token
KC_CLIENT=(--client-id bench-client --client-secret bench-client-secret-0123456789abcdef --token-path "$KC_TOKEN")
run gatehouse "http://127.0.0.1:$GH_PORT" "$GH_PID" client_credentials --client-id "$GH_ID" --client-secret "$GH_SECRET"
run keycloak "http://127.0.0.1:$KC_PORT" "${KC_JAVA_PID:-}" client_credentials "${KC_CLIENT[@]}"
# Introspection of a user's access token (the session is checked on both): Gatehouse's users log in
# through /api/v1/login; Keycloak's user gets its token by the password grant.
run gatehouse "http://127.0.0.1:$GH_PORT" "$GH_PID" introspect --client-id "$GH_ID" --client-secret "$GH_SECRET"
run keycloak "http://127.0.0.1:$KC_PORT" "${KC_JAVA_PID:-}" introspect_client "${KC_CLIENT[@]}" \
  --introspect-path "$KC_TOKEN/introspect" --token-form "grant_type=password&username=bench-user&password=bench-user-password-0123"
