#!/usr/bin/env bash
# Starts Keycloak (org.keycloak:keycloak-quarkus-dist from Maven Central) on the local PostgreSQL 15
# for side-by-side measurements, with a realm "bench" holding a confidential client that may use
# client_credentials. Prints the token and introspection endpoints and the client credentials.
#
#   bench/keycloak.sh start      # downloads once into ~/.cache/gatehouse-bench/keycloak, starts on :8180, sets up the realm
#   bench/keycloak.sh stop
#
# Needs a JDK 21+ (KEYCLOAK_JAVA_HOME, default the Temurin 25 JDK) and PostgreSQL 15
# (pg_ctlcluster 15 main start). Keycloak runs in production mode over plain HTTP on loopback,
# with its caches local (no cluster), the fairest single-node comparison.
# KC_ACCESS_TOKEN_ALG=ES256 adds a P-256 key to the realm and makes the client's access tokens ES256
# (its per-client "Access token signature algorithm"); default RS256, Keycloak's own default.
# Refresh tokens rotate as Gatehouse's do: the realm revokes a refresh token once used (revokeRefreshToken,
# refreshTokenMaxReuse 0; Keycloak's default lets a refresh token be used again until it expires).
# KC_REVOKE_REFRESH=false keeps Keycloak's default. The user's password hash parameters (Keycloak's
# defaults) are printed as "user hash ...".
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION=${KC_VERSION:-26.7.3}
KC_PORT=${KC_PORT:-8180}
KC_DIR=${KC_DIR:-$HOME/.cache/gatehouse-bench/keycloak}
KC_HOME=$KC_DIR/keycloak-$KC_VERSION
KC_JAVA=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SECRET=bench-client-secret-0123456789abcdef

psql_admin() { su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"$1\"" >/dev/null; }

start() {
  if [[ ! -d $KC_HOME ]]; then
    mvn -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz -DoutputDirectory="$KC_DIR"
    tar -xzf "$KC_DIR/keycloak-quarkus-dist-$KC_VERSION.tar.gz" -C "$KC_DIR"
  fi
  pg_ctlcluster 15 main start 2>/dev/null || true
  psql_admin "DROP DATABASE IF EXISTS keycloak"
  psql_admin "DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='keycloak') THEN CREATE ROLE keycloak LOGIN PASSWORD 'keycloak'; END IF; END \\\$\\\$"
  psql_admin "CREATE DATABASE keycloak OWNER keycloak"

  JAVA_HOME=$KC_JAVA KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup "$KC_HOME/bin/kc.sh" start --http-enabled=true --http-port=$KC_PORT --hostname-strict=false \
      --db=postgres --db-url=jdbc:postgresql://127.0.0.1:5432/keycloak --db-username=keycloak --db-password=keycloak \
      --cache=local > "$KC_DIR/keycloak.log" 2>&1 &
  echo $! > "$KC_DIR/pid"
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$KC_PORT/realms/master" && break
    sleep 1
  done
  curl -sf -o /dev/null "http://127.0.0.1:$KC_PORT/realms/master" || { tail -30 "$KC_DIR/keycloak.log"; exit 1; }

  local admin
  admin=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "http://127.0.0.1:$KC_PORT/realms/master/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"id\":\"bench\",\"realm\":\"bench\",\"enabled\":true,\"revokeRefreshToken\":${KC_REVOKE_REFRESH:-true},\"refreshTokenMaxReuse\":0}" \
    "http://127.0.0.1:$KC_PORT/admin/realms"
  local attributes='{}'
  if [[ -n "${KC_ACCESS_TOKEN_ALG:-}" && "$KC_ACCESS_TOKEN_ALG" != RS256 ]]; then
    curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"name":"ecdsa-bench","providerId":"ecdsa-generated","providerType":"org.keycloak.keys.KeyProvider","parentId":"bench","config":{"priority":["200"],"enabled":["true"],"active":["true"],"ecdsaEllipticCurveKey":["P-256"]}}' \
      "http://127.0.0.1:$KC_PORT/admin/realms/bench/components"
    attributes="{\"access.token.signed.response.alg\":\"$KC_ACCESS_TOKEN_ALG\"}"
  fi
  # The audience mapper puts bench-client in its tokens' aud: Keycloak only lets a client introspect
  # tokens that name it in their audience.
  curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"clientId\":\"bench-client\",\"secret\":\"$SECRET\",\"publicClient\":false,\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,\"clientAuthenticatorType\":\"client-secret\",\"directAccessGrantsEnabled\":true,\"attributes\":$attributes,\"protocolMappers\":[{\"name\":\"aud\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{\"included.client.audience\":\"bench-client\",\"access.token.claim\":\"true\",\"introspection.token.claim\":\"true\"}}]}" \
    "http://127.0.0.1:$KC_PORT/admin/realms/bench/clients"
  # A user, for introspection of user tokens (password grant: the load generator's way to get one).
  curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"username":"bench-user","enabled":true,"email":"bench-user@example.com","emailVerified":true,"firstName":"Bench","lastName":"User","credentials":[{"type":"password","value":"bench-user-password-0123","temporary":false}]}' \
    "http://127.0.0.1:$KC_PORT/admin/realms/bench/users"
  local user_id hash
  user_id=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$KC_PORT/admin/realms/bench/users?username=bench-user&exact=true" \
    | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
  hash=$(curl -sf -H "Authorization: Bearer $admin" "http://127.0.0.1:$KC_PORT/admin/realms/bench/users/$user_id/credentials" \
    | sed -nE 's/.*"credentialData":"((\\"|[^"])*)".*/\1/p' | tr -d '\\')
  echo "keycloak pid $(cat "$KC_DIR/pid")"
  echo "user hash           $hash"
  echo "token endpoint      http://127.0.0.1:$KC_PORT/realms/bench/protocol/openid-connect/token"
  echo "introspect endpoint http://127.0.0.1:$KC_PORT/realms/bench/protocol/openid-connect/token/introspect"
  echo "client              bench-client / $SECRET"
  echo "user                bench-user / bench-user-password-0123"
}

stop() {
  [[ -f "$KC_DIR/pid" ]] && kill "$(cat "$KC_DIR/pid")" 2>/dev/null || true
  rm -f "$KC_DIR/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bench/keycloak.sh start|stop" >&2; exit 2 ;;
esac
