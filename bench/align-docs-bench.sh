#!/usr/bin/env bash
# align-docs time and memory against document size: synthetic book pairs of 1k, 10k and 100k Chinese sentences
# (the Bible set's chapters, both sides, drawn in a seeded random order; about 0.8 English sentences per Chinese),
# aligned with --no-split into a ladder, the heap capped at 1 GB. Reports wall seconds, the peak heap in use after
# a collection (from the GC log) and the peak resident set, one line a size; then the two development sets (the
# Bible, the Kubernetes pages) with their scores. Run `uptime` beside it: the machine is shared.
# Usage: bench/align-docs-bench.sh [sizes, default "1000 10000 100000"]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"1000 10000 100000"}
mvn -B -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
dir=target/bench/docs
mkdir -p "$dir"
run() {
  local name=$1 zh=$2 en=$3
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$dir/rss.txt" java -Xmx1g -Xlog:gc:file="$dir/gc.log" -jar target/bitext.jar \
    align-docs --no-split "$zh" "$en" -o "$dir/$name.align" 2> "$dir/stderr.txt"
  end=$(date +%s.%N)
  # Heap after each collection, "...M->123M(456M)": the largest is the live peak.
  local heap
  heap=$(grep -o -- '->[0-9]*M' "$dir/gc.log" | tr -dc '0-9\n' | sort -n | tail -1)
  printf '%-12s zh %7d en %7d sentences  %6.1f s  peak heap after GC %5s MB  peak RSS %5d MB\n' "$name" \
    "$(grep -c . "$zh")" "$(grep -c . "$en")" "$(echo "$end - $start" | bc)" "${heap:-?}" \
    "$(( $(cat "$dir/rss.txt") / 1024 ))"
}
for n in $sizes; do
  if [ ! -f "$dir/book-$n.zh.txt" ]; then
    java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.bitext.bench.DocsBench \
      "$n" "$dir"
  fi
  run "book-$n" "$dir/book-$n.zh.txt" "$dir/book-$n.en.txt"
done
bible=src/test/resources/docs/bible
run bible "$bible/zh.txt" "$bible/en.txt"
java -jar target/bitext.jar eval-align --gold "$bible/gold.align" --gold-order en-zh --zh-verses "$bible/zh.verse" \
  --en-verses "$bible/en.verse" "$dir/bible.align" | head -3
pages=src/test/resources/docs/kubernetes
run kubernetes "$pages/zh.txt" "$pages/en.txt"
java -jar target/bitext.jar eval-align --gold "$pages/gold.align" --gold-order zh-en "$dir/kubernetes.align" | head -3
