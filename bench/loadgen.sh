#!/usr/bin/env bash
# The project's HTTP load generator: bench/loadgen/src/main/java, its unit tests in
# bench/loadgen/src/test/java. The Maven build compiles both on the test path (pom.xml,
# build-helper-maven-plugin), so `mvn -B verify` runs its tests and none of it is in the jar.
#
#   bench/loadgen.sh --help
#   bench/loadgen.sh --scenario me --connections 16 --duration 30s --warmup 5s --pid "$SERVER_PID"
#   bench/loadgen.sh --scenario refresh --rate 2000 --connections 32
#   bench/loadgen.sh floor-server [port]      # trivial Jetty server (default port 8081), the generator's ceiling
#
# Compiles the test path when the generator's sources or pom.xml are newer than its last build,
# writes the test classpath to target/cp.txt once (again when pom.xml changes), then runs the JVM
# directly.
# LOADGEN_JAVA_OPTS overrides the generator's JVM options; MVN_OFFLINE=1 keeps Maven offline.
set -euo pipefail

cd "$(dirname "$0")/.."

mvn_flags=(-q -B -Dstyle.color=never)
if [[ "${MVN_OFFLINE:-0}" == 1 ]]; then
  mvn_flags+=(-o)
fi

marker=target/test-classes/dev/gatehouse/load/LoadGen.class
if [[ ! -f "$marker" ]] || [[ -n "$(find bench/loadgen/src pom.xml -newer "$marker" -type f -print -quit)" ]]; then
  mvn "${mvn_flags[@]}" test-compile >&2
fi
if [[ ! -s target/cp.txt ]] || [[ pom.xml -nt target/cp.txt ]]; then
  mvn "${mvn_flags[@]}" dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
fi

# few GC threads and a small heap: the generator shares the machine with the server it measures
java_opts=(${LOADGEN_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m})
main=dev.gatehouse.load.LoadGen
if [[ "${1:-}" == floor-server ]]; then
  shift
  main=dev.gatehouse.load.FloorServer
fi
exec java "${java_opts[@]}" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" "$main" "$@"
