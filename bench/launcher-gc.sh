#!/usr/bin/env bash
# Collector and heap variants of the distribution's launcher, A/B interleaved: each round starts
# every variant once (fresh data directory), takes its idle RSS, then runs bench/startup.sh's load
# scenarios (login, refresh, /api/v1/me) and records throughput and peak RSS. Rounds alternate the
# variants so that a noisy neighbour hurts them alike; the table at the end gives medians.
#
#   bench/launcher-gc.sh
#   ROUNDS=3 DUR=20s WARM=5s IDLE=5 bench/launcher-gc.sh
#   VARIANTS='serial=;serial-xmn64=-Xmn64m' bench/launcher-gc.sh   # name=JAVA_OPTS;... ('' = the launcher as shipped)
#
# A variant's options go into JAVA_OPTS, which the launcher appends last; a collector other than
# the launcher's own is named with -XX:-UseSerialGC first.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
IDLE=${IDLE:-5}
DUR=${DUR:-20s}
WARM=${WARM:-5s}
CONN=${CONN:-16}
PORT=${PORT:-18481}
MPORT=${MPORT:-18482}
VARIANTS=${VARIANTS:-"serial=;serial-newratio1=-XX:NewRatio=1;serial-xmn48=-Xmn48m;parallel=-XX:-UseSerialGC -XX:+UseParallelGC;g1=-XX:-UseSerialGC -XX:+UseG1GC"}

# shellcheck source=bench/dist-bench.sh
. bench/dist-bench.sh
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

IFS=';' read -r -a variants <<<"$VARIANTS"
declare -A results
echo "# $(date -u +%FT%TZ), $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "# launcher: $("$home/bin/gatehouse" --dry-run serve | head -n 1 | sed 's/^# //'); ROUNDS=$ROUNDS IDLE=${IDLE}s WARM=$WARM DUR=$DUR CONN=$CONN"
echo
echo "| round | variant | JAVA_OPTS | idle RSS MB | login/s | refresh/s | me/s | peak RSS MB | load avg |"
echo "|---|---|---|---|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  for v in "${variants[@]}"; do
    name=${v%%=*}; opts=${v#*=}
    serve launcher "$opts"
    sleep "$IDLE"
    idle=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    login=$(run --warmup "$WARM" --duration "$DUR" --scenario login --connections 4 --users 64 | field rps)
    refresh=$(run --warmup "$WARM" --duration "$DUR" --scenario refresh --connections "$CONN" | field rps)
    line=$(run --warmup "$WARM" --duration "$DUR" --scenario me --connections "$CONN")
    me=$(field rps <<<"$line"); peak=$(field peak_rss_mb <<<"$line")
    stop
    results[$name]+="$idle,$login,$refresh,$me,$peak "
    echo "| $round | $name | \`${opts:-(as shipped)}\` | $idle | $login | $refresh | $me | $peak | $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
echo
echo "| variant | idle RSS MB | login/s | refresh/s | me/s | peak RSS MB (worst) | refresh vs first | me vs first |"
echo "|---|---|---|---|---|---|---|---|"
base_refresh= base_me=
for v in "${variants[@]}"; do
  name=${v%%=*}
  col() { tr ' ' '\n' <<<"${results[$name]}" | grep -v '^$' | cut -d, -f"$1" | tr '\n' ' '; }
  idle=$(col 1 | median); login=$(col 2 | median); refresh=$(col 3 | median); me=$(col 4 | median)
  worst=$(col 5 | tr ' ' '\n' | grep -v '^$' | sort -g | tail -n 1)
  base_refresh=${base_refresh:-$refresh}; base_me=${base_me:-$me}
  rr=$(awk -v a="$refresh" -v b="$base_refresh" 'BEGIN { printf "%+.1f %%", 100 * (a / b - 1) }')
  mr=$(awk -v a="$me" -v b="$base_me" 'BEGIN { printf "%+.1f %%", 100 * (a / b - 1) }')
  echo "| $name | $idle | $login | $refresh | $me | $worst | $rr | $mr |"
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
