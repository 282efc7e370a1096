#!/usr/bin/env bash
# Admin user search latency over HTTP on a table of N users (inserted directly with SQL), with query plans.
#   bench/admin-search.sh sqlite 100000 5000
#   bench/admin-search.sh postgresql 100000 5000     # embedded PostgreSQL (io.zonky), no setup
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" dev.gatehouse.bench.AdminSearchBench "$@"
