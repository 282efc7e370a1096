#!/bin/sh
# Registers the example SPA as a client of a local Gatehouse (once) and serves it on its own origin.
# Run from anywhere; Gatehouse must already run from the repository root with this origin allowed on /api/v1:
#   GATEHOUSE_CORS_ALLOWED_ORIGINS=http://127.0.0.1:5173 java -jar target/gatehouse.jar serve
set -eu
cd "$(dirname "$0")/../.."

SPA_PORT=${SPA_PORT:-5173}
SPA_CLIENT_ID=${SPA_CLIENT_ID:-spa-example}
GATEHOUSE_ISSUER=${GATEHOUSE_ISSUER:-http://localhost:8080}
ORIGIN="http://127.0.0.1:$SPA_PORT"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
export SPA_PORT SPA_CLIENT_ID GATEHOUSE_ISSUER

if [ ! -f target/gatehouse.jar ]; then
  echo "target/gatehouse.jar is missing: mvn -B -q package -DskipTests" >&2
  exit 1
fi

# A public client (no secret: a browser cannot keep one) that is first-party (its tokens may call /api/v1,
# no consent page), with the code and refresh token grants, and its own origin as web origin.
# Uses the same configuration (data dir or database URL) as the running server; a second run finds it registered.
if java -jar target/gatehouse.jar client create --client-id "$SPA_CLIENT_ID" --name "Example SPA" --type public \
    --first-party --grant-type authorization_code --grant-type refresh_token \
    --scope openid --scope profile --scope email --scope offline_access \
    --redirect-uri "$ORIGIN/" --post-logout-redirect-uri "$ORIGIN/" --web-origin "$ORIGIN" > /dev/null 2> "$LOG"; then
  echo "registered client $SPA_CLIENT_ID"
elif grep -q client_id_taken "$LOG"; then
  echo "client $SPA_CLIENT_ID is registered already"
else
  cat "$LOG" >&2
  exit 1
fi

java examples/spa/server/example/spa/Serve.java
