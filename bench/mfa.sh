#!/usr/bin/env bash
# Second-factor sign-ins against one Gatehouse node on the embedded SQLite default (or
# GATEHOUSE_DATABASE_URL), at the default Argon2id parameters: password_login (POST /api/v1/login),
# totp_login (the password, then POST /api/v1/login/mfa with a TOTP code the generator computes) and
# passkey_login (passwordless: options, then an ES256 assertion of the generator's software
# authenticator). Each scenario seeds its own users in its setup (sign-up, and TOTP or a passkey set
# up through the account API; not measured), then runs for DUR after WARM. The scenarios run ROUNDS
# times, interleaved (password, totp, passkey, password, ...), because the machine is shared and
# noisy: compare the figures of one round, and look at every round. A sign-in of two requests is
# one measured iteration (rps = sign-ins/s, p50/p99 per sign-in, server CPU per sign-in).
#
#   bench/mfa.sh
#   DUR=20s WARM=5s CONN=4 ROUNDS=2 TOTP_USERS=600 bench/mfa.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18090}
MPORT=${MPORT:-18091}
DUR=${DUR:-20s}
WARM=${WARM:-5s}
CONN=${CONN:-4}
ROUNDS=${ROUNDS:-2}
USERS=${USERS:-64}
# Each TOTP step is accepted once per user (API.md §7): in a run of W = WARM + DUR seconds a user signs
# in at least 1 + W/30 times (up to 3 at once when its set-up was a step or more before), so the pool
# must hold some (sign-ins/s) x W / (1 + W/30) users (1,500 for 100/s over 25 s); with fewer, sign-ins
# fail with 401 (errors in the RESULT line, a note on stderr).
# Setup costs two password hashes per user.
TOTP_USERS=${TOTP_USERS:-1500}
B=http://127.0.0.1:$PORT

[[ -f target/gatehouse.jar ]] || mvn -B -q package -DskipTests
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once

data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
export GATEHOUSE_DATA_DIR=$data GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
# The WebAuthn RP ID and origin are the issuer's: the generator signs for the address it targets.
export GATEHOUSE_ISSUER=$B
# Benchmarks hammer one address and a few accounts: lift the per-IP and per-account limits.
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000

$JAVA -jar target/gatehouse.jar serve >"$data/server.log" 2>&1 &
pid=$!
until curl -sf "$B/health/ready" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.05
done
grep -E "ready on port|Password hashing" "$data/server.log" | sed 's/^/# /'

run() { bench/loadgen.sh --url "$B" --pid $pid --warmup "$WARM" --duration "$DUR" --connections "$CONN" "$@" | grep -E "^RESULT"; }
for round in $(seq 1 "$ROUNDS"); do
  echo "# round $round"
  run --scenario login --users "$USERS"
  run --scenario totp_login --users "$TOTP_USERS"
  run --scenario passkey_login --users "$USERS"
done
echo "RESULT peak_rss_mb=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)"
