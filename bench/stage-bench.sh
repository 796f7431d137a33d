#!/usr/bin/env bash
# Stage throughputs with JMH: read (XML parsing), clean, segment (sentences), find, align and score, write.
# Usage: bench/stage-bench.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
# One operation is the 60 random zhwiki sample articles through one stage; MB/s = ops/s x the sample's MB of
# dump XML, which the benchmark prints at set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  'org.bitext.bench.StageBenchmark' "$@"
