#!/usr/bin/env bash
# The container image (target/gatehouse-<version>-oci.tar): its size, and its start-up as
# ImageIT runs it, without a container runtime: the layers unpacked into a directory, the
# entrypoint started in a mount namespace where that directory is a read-only root (chroot as the
# image's user, /tmp a tmpfs, the volume a directory here). Beside it, the tarball's launcher on this
# machine's JDK. Prints markdown for docs/benchmarks.md ("Container image"). Run as root.
#
#   bench/image.sh
#   RUNS=10 bench/image.sh
#   MODES="image image-nocds" bench/image.sh     # image-nocds: GATEHOUSE_CDS=off in the image
#   MODES="tarball linux" bench/image.sh         # linux: the Linux tarball's launcher on its own runtime/
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
MODES=${MODES:-image image-nocds tarball}
# free_port: a port nobody listens on (other servers on this machine answer /health/ready too).
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    ss -ltn | grep -q ":$p " || { echo "$p"; return; }
  done
}
PORT=${PORT:-$(free_port)}
MPORT=${MPORT:-$(free_port)}
[[ $(id -u) == 0 ]] || { echo "bench/image.sh: run as root (chroot, mounts)" >&2; exit 2; }

image=$(ls target/gatehouse-*-oci.tar 2>/dev/null | head -n 1 || true)
if [[ -z "$image" ]]; then
  mvn -B -q verify -DskipTests
  image=$(ls target/gatehouse-*-oci.tar | head -n 1)
fi
tarball=${image%-oci.tar}.tar.gz

source bench/workdir.sh
mkdir "$work/layout" "$work/root" "$work/opt"
tar xf "$image" -C "$work/layout"
blobs=$work/layout/blobs/sha256
manifest=$(grep -o 'sha256:[0-9a-f]\{64\}' "$work/layout/index.json" | head -n 1 | cut -c8-)
config=$(grep -o 'sha256:[0-9a-f]\{64\}' "$blobs/$manifest" | head -n 1 | cut -c8-)
echo "# $(date -u +%FT%TZ), $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $image: $(du -b "$image" | cut -f1) bytes"
echo
echo "| layer | compressed | unpacked |"
echo "|---|---|---|"
names=(base runtime distribution)
n=0
for layer in $(grep -o 'sha256:[0-9a-f]\{64\}' "$blobs/$manifest" | tail -n +2 | cut -c8-); do
  tar xzf "$blobs/$layer" -C "$work/root" --numeric-owner
  echo "| ${names[$n]:-layer $n} (${layer:0:12}) | $(( $(stat -c %s "$blobs/$layer") >> 20 )) MB | $(( $(gzip -dc "$blobs/$layer" | wc -c) >> 20 )) MB |"
  n=$((n + 1))
done
echo
echo "# base packages: $(ls "$work/root/var/lib/dpkg/status.d" | tr '\n' ' ')"
user=$(grep -o '"User":"[0-9:]*"' "$blobs/$config" | cut -d'"' -f4)
tar xzf "$tarball" -C "$work/opt"
home=$(echo "$work"/opt/gatehouse-*)
if [[ " $MODES " == *" linux "* ]]; then
  mkdir "$work/linux" && tar xzf "${image%-oci.tar}-linux-$(uname -m).tar.gz" -C "$work/linux"
  linux_home=$(echo "$work"/linux/gatehouse-*)
fi

# start MODE VOLUME: starts the server in the background, sets pid and ready_ms.
start() {
  local t0 r=$work/root
  local -a env=(GATEHOUSE_HTTP_PORT=$PORT GATEHOUSE_MANAGEMENT_PORT=$MPORT)
  t0=$(date +%s%N)
  case $1 in
    image | image-nocds)
      [[ $1 == image ]] || env+=(GATEHOUSE_CDS=off)
      unshare --mount --propagation private /bin/sh -c "
        mount --bind $r $r && mount --rbind /proc $r/proc && mount --rbind /dev $r/dev &&
        mount -t tmpfs -o mode=1777,size=64m tmpfs $r/tmp && mount --bind $2 $r/var/lib/gatehouse &&
        mount -o remount,bind,ro $r && exec \"\$@\"" container \
        env -i PATH=/opt/gatehouse/bin:/usr/bin:/bin JAVA_HOME=/opt/gatehouse/runtime GATEHOUSE_DATA_DIR=/var/lib/gatehouse LANG=C.UTF-8 "${env[@]}" \
        /usr/sbin/chroot --userspec="$user" "$r" /opt/gatehouse/bin/gatehouse serve >"$work/server.log" 2>&1 &
      ;;
    tarball)
      env "${env[@]}" GATEHOUSE_DATA_DIR="$2" "$home/bin/gatehouse" serve >"$work/server.log" 2>&1 &
      ;;
    linux)
      env "${env[@]}" GATEHOUSE_DATA_DIR="$2" "$linux_home/bin/gatehouse" serve >"$work/server.log" 2>&1 &
      ;;
  esac
  pid=$!
  until curl -sf "http://127.0.0.1:$MPORT/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU time to ready (user + system of the JVM, which every exec leaves at this pid): a busy machine stretches the wall time, hardly this.
  local stat
  stat=$(sed 's/^.*) //' "/proc/$pid/stat")
  cpu_ms=$(( ($(cut -d' ' -f12 <<<"$stat") + $(cut -d' ' -f13 <<<"$stat")) * 1000 / $(getconf CLK_TCK) ))
}

stop() {
  kill -TERM "$pid"
  wait "$pid" || true
  pid=
}

declare -A all cpu
for mode in $MODES; do
  mkdir -p "$work/volume-$mode"
  chown "$user" "$work/volume-$mode"
  chmod 700 "$work/volume-$mode"
done
for ((i = 0; i < RUNS; i++)); do
  for mode in $MODES; do
    start "$mode" "$work/volume-$mode"
    all[$mode]="${all[$mode]:-} $ready_ms"
    cpu[$mode]="${cpu[$mode]:-} $cpu_ms"
    phases=$(grep -o 'process start to serve.*ms' "$work/server.log" || true)
    stop
  done
done
echo
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }
worst() { tr ' ' '\n' <<<"$1" | grep . | sort -n | tail -n 1; }
echo "| start | ready: median | ready: worst | CPU to ready: median | ready, every run (ms) | CPU to ready, every run (ms) |"
echo "|---|---|---|---|---|---|"
for mode in $MODES; do
  echo "| $mode | $(median "${all[$mode]}") ms | $(worst "${all[$mode]}") ms | $(median "${cpu[$mode]}") ms |${all[$mode]} |${cpu[$mode]} |"
done
echo
echo "# last start (${MODES##* }), phases: $phases"
