#!/usr/bin/env bash
# A federated sign-in beside a password login on one Gatehouse node (embedded SQLite default):
# logins/s and latency of POST /api/v1/login (Argon2id) and of POST /api/v1/login/idp/{id} (an
# upstream RS256 ID token checked against the upstream's cached JWKS, no password hash).
# The load generator is the upstream itself (discovery and JWKS on 127.0.0.1:$UPSTREAM_PORT).
#
#   bench/federation.sh            # DUR=20s WARM=5s CONN=16 USERS=64
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
PORT=${PORT:-18090}
MPORT=${MPORT:-18091}
UPSTREAM_PORT=${UPSTREAM_PORT:-18095}
DUR=${DUR:-20s}
WARM=${WARM:-5s}
CONN=${CONN:-16}
USERS=${USERS:-64}
B=http://127.0.0.1:$PORT
[[ -f target/gatehouse.jar ]] || mvn -B -q package -DskipTests
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
export GATEHOUSE_DATA_DIR=$data GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000
# the upstream is the generator on loopback: allow it explicitly (SECURITY.md outbound rules)
export GATEHOUSE_OUTBOUND_ALLOWED_NETWORKS=127.0.0.0/8
export GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME=benchadmin GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD='bench admin password 1234'
$JAVA -jar target/gatehouse.jar serve >"$data/server.log" 2>&1 &
pid=$!
until curl -sf "$B/health/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.01
done
json() { sed -E "s/.*\"$1\":\"?([^\",}]*).*/\1/"; }
admin=$(curl -sf -X POST "$B/api/v1/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"benchadmin\",\"password\":\"$GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD\"}" | json access_token)
curl -sf -X POST "$B/admin/v1/identity-providers" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"id\":\"bench\",\"name\":\"Bench\",\"type\":\"oidc\",\"issuer\":\"http://127.0.0.1:$UPSTREAM_PORT\",\"client_id\":\"bench-app\",\"link_policy\":\"never\"}" >/dev/null
run() { bench/loadgen.sh --url "$B" --pid $pid --warmup "$WARM" --duration "$DUR" --users "$USERS" "$@" | grep -E "^RESULT"; }
run --scenario login --connections 4
run --scenario idp_login --connections "$CONN" --idp bench --client-id bench-app --upstream-port "$UPSTREAM_PORT"
echo "RESULT peak_rss_mb=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)"
