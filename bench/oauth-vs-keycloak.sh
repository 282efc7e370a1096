#!/usr/bin/env bash
# Side by side on this machine, on the same JDK: Gatehouse (on PostgreSQL and on SQLite, started by the
# distribution's launcher bin/gatehouse at its default memory budget) and Keycloak
# (org.keycloak:keycloak-quarkus-dist, on the local PostgreSQL 15), scenario by scenario, each
# scenario on the three servers back to back:
#   client_credentials  grants with client_secret_basic
#   introspect          introspection of a user's access token by a confidential client
#   refresh_grant       chained refresh_token grants at the token endpoint: each connection signs its
#                       own session in once, then presents the refresh token the previous answer returned
#   userinfo            OIDC userinfo with a user's access token (granted openid)
#   password_login      password logins: Keycloak's password grant; Gatehouse, an OAuth 2.1 server
#                       without that grant, its first-party JSON login POST /api/v1/login (load
#                       generator scenario "login", 64 users); same Argon2id parameters on both (HASH)
# For each: throughput (closed loop), server CPU per request (utime + stime of the server process from
# /proc over the measured window, divided by the responses), that CPU as a share of the target's limit
# (client_credentials: 1.5 x one signature; refresh: 2 x one signature; PERFORMANCE.md), p99 at half
# the measured throughput (open loop; not for logins, whose target is the hash rate), peak RSS (VmHWM)
# the CPU per request of the PostgreSQL cluster's processes (its backends, WAL writer, ...: work that SQLite does
# inside the server's process, where the server's figure counts it) and the load average before the run. One signature's CPU cost on this JDK comes first
# (JwtBenchmark's CPU-time loop: Gatehouse's token issuer, JDK and native ACCP providers).
#
#   bench/oauth-vs-keycloak.sh [duration=20s] [connections=16]
#
# Gatehouse users sign in to the refresh_grant and userinfo scenarios by the authorization code flow
# with PKCE through the hosted sign-in and consent pages (a confidential, not first-party client that
# asks for offline_access, which is what gives it a refresh token, OIDC Core §11); Keycloak's by the
# password grant (directAccessGrants on its client). Keycloak's realm rotates refresh tokens as
# Gatehouse does (revokeRefreshToken, bench/keycloak.sh).
# Needs: pg_ctlcluster 15 main start; JDK 21+ for Keycloak (BENCH_JAVA_HOME, default Temurin 25), used
# for Gatehouse too; target/gatehouse.jar and the distribution tarball (built when missing).
# Options (environment):
#   ALG=ES256          the benchmark clients' access tokens are ES256 on both servers (a per-client
#                      setting on each); default RS256, both servers' default
#   WARMUP=40s         warm-up before each closed-loop measurement (default 10s)
#   HALF=0             no half-load runs
#   SCENARIOS="refresh_grant userinfo"   run only these (default: all five)
#   GH_DBS="postgres"  Gatehouse on these databases only (default: postgres sqlite)
#   GATEHOUSE_ONLY=1   skip Keycloak
#   JAR=1              Gatehouse by `java -jar target/gatehouse.jar` instead of the launcher
#   HASH=default       Gatehouse keeps its own Argon2id parameters (default: Keycloak's, 7168 KiB, t=5, p=1)
#   BASELINE=/tmp/gatehouse-before.tar.gz   also runs that distribution (e.g. the build before a change) on
#                      each database, labelled "baseline", measured just before the current build in the
#                      scenarios of BASELINE_SCENARIOS (default refresh_grant): before/after in one run
#   PROFILE=refresh_grant   a JFR recording (settings=profile, by jcmd) of the current build's closed-loop
#                      window of these scenarios, summarised by bench/jfr-top.sh; files kept in target/
#   ASYNC_PROFILER=/path/libasyncProfiler.so   with PROFILE: async-profiler (CPU samples, native and kernel
#                      frames too) instead of JFR, loaded by jcmd; collapsed stacks kept in target/ (the jar
#                      tools.profiler:async-profiler:<version>:linux-x64 from Maven Central carries the library)
#   GH_JAVA_OPTS=...   JVM options for Gatehouse (e.g. a JFR recording: -XX:StartFlightRecording=...)
#   GH_ENV="K=V ..."   extra environment for Gatehouse (e.g. GATEHOUSE_SESSION_CACHE_TTL=0s)
#   GH_PORT=22090      the first Gatehouse instance listens there (two ports each; default 8090)
#   OUT=file           the RESULT lines and the table also go there (default target/oauth-vs-keycloak-<time>.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-16}
JAVA_HOME_BENCH=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
KC_PORT=8180
SCENARIOS=${SCENARIOS:-client_credentials introspect refresh_grant userinfo password_login}
GH_DBS=${GH_DBS:-postgres sqlite}
REDIRECT=https://app.example/cb
OUT=${OUT:-target/oauth-vs-keycloak-$(date -u +%Y%m%dT%H%M%SZ).txt}
export KEYCLOAK_JAVA_HOME=$JAVA_HOME_BENCH KC_PORT KC_ACCESS_TOKEN_ALG=${ALG:-RS256}
export MVN_OFFLINE=${MVN_OFFLINE:-0}

[[ -f target/gatehouse.jar ]] && ls target/gatehouse-*.tar.gz >/dev/null 2>&1 || mvn -q -B package -DskipTests
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator (and the test path) once
pg_ctlcluster 15 main start 2>/dev/null || true
mkdir -p "$(dirname "$OUT")"
: > "$OUT"
say() { echo "$@" | tee -a "$OUT"; }

work=$(mktemp -d)
declare -A GH_PID GH_URL GH_ID GH_SECRET GH_WEB_ID GH_WEB_SECRET GH_HOME
unpack() { # tarball name: the distribution's home directory
  mkdir -p "$work/$2" && tar xzf "$1" -C "$work/$2" && echo "$work/$2"/gatehouse-*
}
home=$(unpack "$(ls target/gatehouse-*.tar.gz | grep -v -- -linux- | head -n 1)" current)
instances=()
for db in $GH_DBS; do
  [[ -n "${BASELINE:-}" ]] && { instances+=("$db-baseline"); GH_HOME[$db-baseline]=$(unpack "$BASELINE" baseline); }
  instances+=("$db"); GH_HOME[$db]=$home
done
cleanup() {
  for db in "${!GH_PID[@]}"; do kill "${GH_PID[$db]}" 2>/dev/null || true; done
  [[ -z "${GATEHOUSE_ONLY:-}" ]] && { bench/keycloak.sh stop || true; }
  rm -rf "$work"
}
trap cleanup EXIT

# One signature's CPU cost on this JDK, through Gatehouse's own issuer (JwtBenchmark#main: thread CPU time
# per operation after a warm-up pass), for the ratio "server CPU per request / one signature".
say "# $(date -u +%FT%TZ), $(nproc) CPUs, $("$JAVA_HOME_BENCH/bin/java" -version 2>&1 | head -n 1)"
say "# load average before the signature measurement: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME_BENCH/bin/java" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.gatehouse.bench.JwtBenchmark 1.5 \
  2>/dev/null | tee -a "$OUT" > "$work/sign.txt"
alg=${ALG:-RS256}
# the server signs with ACCP when it loads (CryptoProviders.install("auto")); the JDK's figure is the fallback
sig_ms=$(awk -v a="$alg" '$1 == "sign" && $2 == a && $3 == "accp" {printf "%.4f", $4 / 1000}' "$work/sign.txt")
[[ -n "$sig_ms" ]] || sig_ms=$(awk -v a="$alg" '$1 == "sign" && $2 == a && $3 == "jdk" {printf "%.4f", $4 / 1000}' "$work/sign.txt")
say "# one $alg signature: $sig_ms ms of CPU"

gh_env=(GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
  # Benchmarks hammer one address and a few accounts: lift the per-IP and per-account limits.
  GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000)
if [[ "${HASH:-keycloak}" == keycloak ]]; then
  gh_env+=(GATEHOUSE_ARGON2_MEMORY_KIB=7168 GATEHOUSE_ARGON2_ITERATIONS=5 GATEHOUSE_ARGON2_PARALLELISM=1)
fi
# shellcheck disable=SC2206
gh_env+=(${GH_ENV:-})
gatehouse() { # instance command...
  local at=$1; shift
  if [[ -n "${JAR:-}" && $at != *-baseline ]]; then
    env "${gh_env[@]}" "${db_env[@]}" "$JAVA_HOME_BENCH/bin/java" ${GH_JAVA_OPTS:-} -jar target/gatehouse.jar "$@"
  else
    env "${gh_env[@]}" "${db_env[@]}" JAVA_HOME="$JAVA_HOME_BENCH" JAVA_OPTS="${GH_JAVA_OPTS:-}" "${GH_HOME[$at]}/bin/gatehouse" "$@"
  fi
}
json_field() { sed -nE "s/.*\"$1\" *: *\"([^\"]+)\".*/\\1/p"; }
# "tid kind user system" per thread of a process (proc(5) stat fields 14 and 15, in ticks), the digits of
# its name folded (qtp123-45 and qtp123-46 are one kind)
threads() {
  local t line name
  for t in /proc/"$1"/task/*/stat; do
    line=$(cat "$t" 2>/dev/null) || continue
    name=${line#*(}; name=${name%)*}; name=${name//[0-9]/#}
    # shellcheck disable=SC2086
    set -- ${line##*) }
    echo "${t//[^0-9]/} ${name// /_} ${12} ${13}"
  done
}
# the CPU of the window per kind of thread, and how much of it the kernel spent (system time)
thread_shares() { # before after
  awk 'NR == FNR {u[$1] = $3; s[$1] = $4; next}
       {du = $3 - u[$1]; ds = $4 - s[$1]; cpu[$2] += du + ds; sys[$2] += ds; total += du + ds; tsys += ds}
       END {if (total == 0) {print "  no CPU in the window"; exit}
            printf "  %d ticks, %.0f %% of them system time\n", total, 100 * tsys / total
            for (k in cpu) if (cpu[k] > 0) printf "  %5.1f %%  %s (system %.0f %%)\n", 100 * cpu[k] / total, k, 100 * sys[k] / cpu[k]}' \
    "$1" "$2" | sort -t'%' -k1,1 -rn | head -n 20
}
LoadSeconds() { local d=$1; case $d in *ms) echo "0.${d%ms}";; *s) echo "${d%s}";; *m) echo $(( ${d%m} * 60 ));; *) echo "$d";; esac; }

port=${GH_PORT:-8090}
for db in "${instances[@]}"; do
  data=$(mktemp -d -p "$work")
  db_env=(GATEHOUSE_DATA_DIR="$data" GATEHOUSE_HTTP_PORT=$port GATEHOUSE_MANAGEMENT_PORT=$((port + 1)))
  if [[ $db == postgres* ]]; then
    name=gatehouse_bench${db#postgres}; name=${name//-/_}
    su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $name\"" >/dev/null
    su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='gatehouse') THEN CREATE ROLE gatehouse LOGIN PASSWORD 'gatehouse'; END IF; END \\\$\\\$\"" >/dev/null
    su postgres -c "psql -q -c \"CREATE DATABASE $name OWNER gatehouse\"" >/dev/null
    db_env+=(GATEHOUSE_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$name GATEHOUSE_DATABASE_USERNAME=gatehouse
      GATEHOUSE_DATABASE_PASSWORD=gatehouse)
  fi
  gatehouse "$db" migrate >/dev/null 2>&1
  c=$(gatehouse "$db" client create --name bench --type confidential --grant-type client_credentials \
    --auth-method client_secret_basic ${ALG:+--access-token-signed-response-alg "$ALG"} 2>/dev/null)
  GH_ID[$db]=$(json_field client_id <<<"$c"); GH_SECRET[$db]=$(json_field client_secret <<<"$c")
  c=$(gatehouse "$db" client create --name web --type confidential --grant-type authorization_code \
    --grant-type refresh_token --redirect-uri "$REDIRECT" --scope openid --scope profile --scope email \
    --scope offline_access --auth-method client_secret_basic ${ALG:+--access-token-signed-response-alg "$ALG"} 2>/dev/null)
  GH_WEB_ID[$db]=$(json_field client_id <<<"$c"); GH_WEB_SECRET[$db]=$(json_field client_secret <<<"$c")
  gatehouse "$db" serve > "$work/gatehouse-$db.log" 2>&1 &
  GH_PID[$db]=$!
  GH_URL[$db]=http://127.0.0.1:$port
  for _ in $(seq 1 90); do curl -sf -o /dev/null "${GH_URL[$db]}/health/ready" && break; sleep 1; done
  curl -sf -o /dev/null "${GH_URL[$db]}/health/ready" || { tail -30 "$work/gatehouse-$db.log"; exit 1; }
  # the function runs in a subshell; env, the launcher and java replace one another in its child: the JVM
  child=$(pgrep -P "${GH_PID[$db]}" | head -n 1 || true)
  [[ -z "$child" ]] || GH_PID[$db]=$child
  say "# gatehouse on $db: pid ${GH_PID[$db]}, $(grep -o 'ready on port.*' "$work/gatehouse-$db.log" | head -n 1)"
  port=$((port + 2))
done
[[ -n "${JAR:-}" ]] || say "# launcher: $(env "${gh_env[@]}" JAVA_HOME="$JAVA_HOME_BENCH" "$home/bin/gatehouse" --dry-run serve | head -n 1 | sed 's/^# //')"
say "# gatehouse hashing: $(if [[ "${HASH:-keycloak}" == keycloak ]]; then echo 'Argon2id m=7168 KiB, t=5, p=1 (Keycloak'"'"'s)'; else echo 'Argon2id m=19456 KiB, t=2, p=1 (its default)'; fi)"

if [[ -z "${GATEHOUSE_ONLY:-}" ]]; then
  bench/keycloak.sh start > "$work/keycloak-start.txt"
  KC_PID=$(sed -nE 's/^keycloak pid ([0-9]+)/\1/p' "$work/keycloak-start.txt")
  KC_JAVA_PID=$(pgrep -P "$KC_PID" java || echo "$KC_PID")
  say "# keycloak: pid $KC_JAVA_PID, $(grep '^user hash' "$work/keycloak-start.txt")"
fi

KC_BASE=/realms/bench/protocol/openid-connect
KC_CLIENT=(--client-id bench-client --client-secret bench-client-secret-0123456789abcdef --token-path "$KC_BASE/token")
KC_LOGIN="grant_type=password&username=bench-user&password=bench-user-password-0123&scope=openid"
LoadSeconds() { local d=$1; case $d in *ms) echo "0.${d%ms}";; *s) echo "${d%s}";; *m) echo $(( ${d%m} * 60 ));; *) echo "$d";; esac; }
field() { sed -nE "s/.* $1=([^ ]+).*/\\1/p"; }
# limit of a scenario's CPU per request in ms, or empty (PERFORMANCE.md targets)
limit() { case $1 in client_credentials) awk -v s="$sig_ms" 'BEGIN {print 1.5 * s}' ;; refresh_grant) awk -v s="$sig_ms" 'BEGIN {print 2 * s}' ;; esac; }

say ""
say "| scenario | server | requests/s | server CPU ms/req | CPU ÷ one signature | share of the CPU limit | PostgreSQL CPU ms/req | p99 at half load (rate) | p99 ÷ 10 ms | peak RSS MB | ÷ 256 MB | load average before |"
say "|---|---|---|---|---|---|---|---|---|---|---|---|"
measure() { # label url pid scenario connections args...
  local label=$1 url=$2 pid=$3 scenario=$4 conns=$5; shift 5
  local load line half_line rps cpu p99h rate lim share peak db_cpu db_pid=()
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  # the PostgreSQL cluster's postmaster: its processes' CPU is the database's share (not on SQLite)
  [[ $label == *postgres* && -r /var/run/postgresql/15-main.pid ]] && db_pid=(--db-pid "$(head -n 1 /var/run/postgresql/15-main.pid)")
  if [[ -n "${profiling:-}" ]]; then
    # started by a timer when the warm-up should be over (the generator's setup makes it a little late)
    (sleep "$(LoadSeconds "${WARMUP:-10s}")"; threads "$pid" > "$work/threads-before"
      if [[ -n "${ASYNC_PROFILER:-}" ]]; then
        "$JAVA_HOME_BENCH/bin/jcmd" "$pid" JVMTI.agent_load "$ASYNC_PROFILER" "\"start,event=cpu,interval=1ms\"" >/dev/null
      else
        "$JAVA_HOME_BENCH/bin/jcmd" "$pid" JFR.start name=bench settings=profile filename="$PWD/$profiling" >/dev/null
      fi) &
    jfr_timer=$!
  fi
  line=$(bench/loadgen.sh --url "$url" --scenario "$scenario" --connections "$conns" --duration "$DURATION" \
    --warmup "${WARMUP:-10s}" --pid "$pid" "${db_pid[@]}" "$@" 2>>"$OUT" | grep '^RESULT' || true)
  echo "$label $line" >> "$OUT"
  if [[ -n "${profiling:-}" ]]; then
    wait "$jfr_timer"
    threads "$pid" > "$work/threads-after"
    if [[ -n "${ASYNC_PROFILER:-}" ]]; then
      "$JAVA_HOME_BENCH/bin/jcmd" "$pid" JVMTI.agent_load "$ASYNC_PROFILER" "\"stop,collapsed,file=$PWD/${profiling%.jfr}.collapsed\"" >/dev/null
    else
      "$JAVA_HOME_BENCH/bin/jcmd" "$pid" JFR.stop name=bench >/dev/null
    fi
    echo "$label $scenario CPU by thread (user + system, /proc/$pid/task), closed-loop window:" >> "$OUT"
    thread_shares "$work/threads-before" "$work/threads-after" >> "$OUT"
    if [[ -z "${ASYNC_PROFILER:-}" ]]; then
      echo "$label $scenario profile ($profiling), closed-loop window:" >> "$OUT"
      bench/jfr-top.sh "$profiling" 25 >> "$OUT" 2>&1 || true
    fi
  fi
  rps=$(field rps <<<"$line"); cpu=$(field cpu_ms_per_req <<<"$line"); peak=$(field peak_rss_mb <<<"$line")
  db_cpu=$(field db_cpu_ms_per_req <<<"$line"); [[ $label == *sqlite* ]] && db_cpu="in the server"
  p99h=-; rate=
  if [[ "${HALF:-1}" == 1 && $scenario != login && $scenario != password_login && -n "$rps" ]]; then
    rate=$(awk -v r="$rps" 'BEGIN {printf "%d", r / 2}')
    half_line=$(bench/loadgen.sh --url "$url" --scenario "$scenario" --connections "$conns" --duration "$DURATION" \
      --warmup 5s --rate "$rate" --pid "$pid" "$@" 2>>"$OUT" | grep '^RESULT' || true)
    echo "$label half $half_line" >> "$OUT"
    p99h=$(field p99_ms <<<"$half_line"); peak=$(field peak_rss_mb <<<"$half_line")
  fi
  lim=$(limit "$scenario")
  share=-; [[ -n "$lim" && -n "$cpu" ]] && share=$(awk -v c="$cpu" -v l="$lim" 'BEGIN {printf "%.0f %% of %.3f ms", 100 * c / l, l}')
  echo "| $scenario | $label | ${rps:-failed} | ${cpu:--} | $(awk -v c="${cpu:-0}" -v s="$sig_ms" 'BEGIN {printf "%.2f", c / s}') | $share | ${db_cpu:--} | ${p99h} ms${rate:+ ($rate/s)} | $([[ $p99h == - ]] && echo - || awk -v p="$p99h" 'BEGIN {printf "%.0f %%", 10 * p}') | ${peak:--} | $(awk -v m="${peak:-0}" 'BEGIN {printf "%.0f %%", 100 * m / 256}') | $load |" | tee -a "$OUT"
}

for scenario in $SCENARIOS; do
  for db in "${instances[@]}"; do
    [[ $db == *-baseline && " ${BASELINE_SCENARIOS:-refresh_grant} " != *" $scenario "* ]] && continue
    profiling=; [[ $db != *-baseline && " ${PROFILE:-} " == *" $scenario "* ]] && profiling=target/profile-$scenario-$db.jfr
    id=${GH_ID[$db]} secret=${GH_SECRET[$db]} web=(--client-id "${GH_WEB_ID[$db]}" --client-secret "${GH_WEB_SECRET[$db]}" --redirect-uri "$REDIRECT")
    case $scenario in
      client_credentials) measure "gatehouse $db" "${GH_URL[$db]}" "${GH_PID[$db]}" client_credentials "$CONNECTIONS" --client-id "$id" --client-secret "$secret" ;;
      introspect) measure "gatehouse $db" "${GH_URL[$db]}" "${GH_PID[$db]}" introspect "$CONNECTIONS" --client-id "$id" --client-secret "$secret" ;;
      refresh_grant) measure "gatehouse $db" "${GH_URL[$db]}" "${GH_PID[$db]}" refresh_grant "$CONNECTIONS" "${web[@]}" ;;
      userinfo) measure "gatehouse $db" "${GH_URL[$db]}" "${GH_PID[$db]}" userinfo "$CONNECTIONS" "${web[@]}" ;;
      password_login) measure "gatehouse $db" "${GH_URL[$db]}" "${GH_PID[$db]}" login 4 --users 64 ;;
    esac
  done
  [[ -n "${GATEHOUSE_ONLY:-}" ]] && continue
  profiling=
  kc=("keycloak postgres" "http://127.0.0.1:$KC_PORT" "$KC_JAVA_PID")
  case $scenario in
    client_credentials) measure "${kc[@]}" client_credentials "$CONNECTIONS" "${KC_CLIENT[@]}" ;;
    introspect) measure "${kc[@]}" introspect_client "$CONNECTIONS" "${KC_CLIENT[@]}" --introspect-path "$KC_BASE/token/introspect" --token-form "$KC_LOGIN" ;;
    refresh_grant) measure "${kc[@]}" refresh_grant "$CONNECTIONS" "${KC_CLIENT[@]}" --token-form "$KC_LOGIN" ;;
    userinfo) measure "${kc[@]}" userinfo "$CONNECTIONS" "${KC_CLIENT[@]}" --token-form "$KC_LOGIN" --userinfo-path "$KC_BASE/userinfo" ;;
    password_login) measure "${kc[@]}" password_login 4 "${KC_CLIENT[@]}" --token-form "$KC_LOGIN" ;;
  esac
done
for db in "${instances[@]}"; do say "# gatehouse $db peak RSS over the whole run: $(awk '/VmHWM/ {print int($2/1024)}' "/proc/${GH_PID[$db]}/status") MB"; done
[[ -n "${GATEHOUSE_ONLY:-}" ]] || say "# keycloak peak RSS over the whole run: $(awk '/VmHWM/ {print int($2/1024)}' "/proc/$KC_JAVA_PID/status") MB"
say "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
say "# raw RESULT lines: $OUT"
