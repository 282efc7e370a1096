#!/usr/bin/env bash
# JMH microbenchmarks (test sources): HashBenchmark (Argon2id implementations), JwtBenchmark (signing),
# ObservabilityBenchmark (what metrics and the log context add to a request).
#   bench/jmh.sh HashBenchmark -f 1 -wi 3 -i 5
#   bench/jmh.sh HashBenchmark -p implementation=native -t 2 -bm thrpt -tu s -f 1 -wi 3 -i 5
#   bench/jmh.sh JwtBenchmark -f 1 -wi 2 -i 3
#   bench/jmh.sh PasswordPolicyBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" org.openjdk.jmh.Main "$@"
