# Sourced by bench/storm.sh and bench/launcher-gc.sh: the tarball and the load generator, a work
# directory removed at exit (with the server still running, if any), and the server's start and stop.
# The caller sets PORT and MPORT first.
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

tarball=$(ls target/gatehouse-*.tar.gz 2>/dev/null | grep -v -- -linux- | head -n 1 || true)   # not the one with runtime/
if [[ -z "$tarball" || ! -f target/gatehouse.jar ]]; then
  mvn -B -q package -DskipTests
  tarball=$(ls target/gatehouse-*.tar.gz | grep -v -- -linux- | head -n 1)
fi
bench/loadgen.sh --help >/dev/null 2>&1 || true   # compiles the load generator once

source bench/workdir.sh

# unpack TARBALL: prints the installation directory (one per tarball, made once)
unpack() {
  local dir
  dir=$work/dist-$(echo "$1" | md5sum | cut -c1-8)
  if [[ ! -d $dir ]]; then mkdir -p "$dir"; tar xzf "$1" -C "$dir"; fi
  echo "$dir"/gatehouse-*
}
home=$(unpack "$tarball")

export GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_HTTP_HOST=127.0.0.1 GATEHOUSE_MANAGEMENT_PORT=$MPORT
# One address and a few accounts: lift the per-IP and per-account limits.
export GATEHOUSE_IP_RATE_PER_MINUTE=1000000 GATEHOUSE_LOGIN_THROTTLE_FREE_ATTEMPTS=1000

# serve KIND[@FILE] JAVA_OPTS: launcher (bin/gatehouse of FILE, a tarball; default this build's) or
# jar (java -jar FILE; default target/gatehouse.jar) on a fresh data directory; waits until ready.
serve() {
  local kind=${1%%@*} file=
  [[ $1 == *@* ]] && file=${1#*@}
  export GATEHOUSE_DATA_DIR
  GATEHOUSE_DATA_DIR=$(mktemp -d -p "$work")
  if [[ $kind == launcher ]]; then
    JAVA_OPTS="$2" "$(unpack "${file:-$tarball}")/bin/gatehouse" serve >"$work/server.log" 2>&1 &
  else
    # shellcheck disable=SC2086
    "$JAVA" $2 -jar "${file:-target/gatehouse.jar}" serve >"$work/server.log" 2>&1 &
  fi
  pid=$!
  until curl -sf "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.05
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
# run LOADGEN-ARGS...: the load generator against the server; its RESULT line
run() { bench/loadgen.sh --url "http://127.0.0.1:$PORT" --pid "$pid" "$@" | grep -E "^RESULT"; }
field() { sed -E "s/.* $1=([^ ]+).*/\1/"; }
