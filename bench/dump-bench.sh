#!/usr/bin/env bash
# Whole-dump benchmark: bitext against bzip2 -dc on the same synthetic multistream dump, side by side.
# Usage: bench/dump-bench.sh [realistic|dense] [uncompressed MB, default 1024] [threads, default all cores]
# Builds the jar and the dump (in target/bench, kept between runs), then times each command twice, interleaved.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-realistic}
mb=${2:-1024}
threads=${3:-$(nproc)}
mvn -B -q -DskipTests package test-compile
dump=target/bench/zhwiki-$kind-${mb}mb-pages-articles-multistream.xml.bz2
if [ ! -f "$dump" ]; then
  mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.bitext.bench.DumpBench \
    -Dexec.args="$kind $mb target/bench"
fi
# Wall seconds of a command; a failed run (exit 2 or more; 1 only means some pages were skipped) stops the benchmark.
seconds() {
  local start end status=0
  start=$(date +%s.%N)
  "$@" > /dev/null 2> target/bench/stderr.txt || status=$?
  end=$(date +%s.%N)
  if [ "$status" -ge 2 ]; then echo "failed ($status): $*" >&2; tail -3 target/bench/stderr.txt >&2; exit 1; fi
  echo "$end - $start" | bc
}
for round in 1 2; do
  b=$(seconds bzip2 -dc "$dump")
  x=$(seconds java -Xmx2g -jar target/bitext.jar align "$dump" -o target/bench/out.jsonl --no-progress --no-resume \
      --threads "$threads")
  echo "round $round: bzip2 -dc ${b}s, bitext align ${x}s (heap capped at 2 GB), ratio $(echo "scale=2; $x / $b" | bc)"
done
java -Xmx2g -jar target/bitext.jar align "$dump" -o target/bench/out.jsonl --no-progress --no-resume --threads "$threads" \
  2>&1 | tail -1
