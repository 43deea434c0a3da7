#!/usr/bin/env bash
# Runs Archive's end-to-end benchmarks on this machine and prints the figures BENCHMARKS.md records.
# Usage: bench/run.sh [REPORTS=10000]   (data under bench/data/, git-ignored; a loopback server on port 5181)
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${1:-10000}
data=bench/data/archive-$reports
gen=bench/data/generated-$reports
archive=src/Archive.Cli/bin/Release/net10.0/archive
benchmarks=bench/Archive.Benchmarks/bin/Release/net10.0/Archive.Benchmarks

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version), commit $(git rev-parse --short HEAD), $(date -u +%F)"
dotnet build src/Archive.Cli -c Release -v q --nologo > /dev/null
dotnet build bench/Archive.Benchmarks -c Release -v q --nologo > /dev/null
rm -rf "$data" "$gen"

echo "== generate $reports reports"
/usr/bin/time -f "generate: %e s wall, max RSS %M KB" "$archive" generate --count "$reports" --seed 42 --out "$gen" 2>&1 | tail -2
raw=$(find "$gen" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')   # file bytes (UTF-8 or GB18030)

echo "== ingest $reports reports (decode, extract, store, index)"
start=$(date +%s.%N)
/usr/bin/time -f "ingest: %e s wall, max RSS %M KB" "$archive" ingest "$gen" --data "$data" 2>&1 | grep -v "^ingest: [0-9]*/" | tail -2
end=$(date +%s.%N)
awk -v n="$reports" -v s="$start" -v e="$end" 'BEGIN { printf "ingest throughput: %.0f reports/s\n", n / (e - s) }'
db=$(stat -c %s "$data/archive.db"); index=$(du -sb "$data/index" | cut -f1)
awk -v n="$reports" -v raw="$raw" -v db="$db" -v ix="$index" 'BEGIN { printf "raw text %.1f MB; database %.1f MB (%.1f KB/report); index %.1f MB (%.1f KB/report, %.2fx raw text)\n", raw/1e6, db/1e6, db/n/1e3, ix/1e6, ix/n/1e3, ix/raw }'

echo "== extraction accuracy against the generated truth"
"$benchmarks" accuracy "$gen"

echo "== search latency (in-process) with SQLite LIKE and FTS5 trigram side by side"
"$benchmarks" search-latency "$data" 60

echo "== GraphQL over HTTP: 1, 10 and 50 loopback clients; fixed, zipf and distinct queries"
"$archive" serve --data "$data" --urls http://127.0.0.1:5181 --sample 0 > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:5181/health > /dev/null && break; sleep 0.3; done
echo "server RSS idle: $(awk '/VmRSS/{print $2, $3}' /proc/$server/status)"
# fixed: the five terms in turn; zipf: Zipf(s=1) over >= 2000 corpus queries; distinct: never a repeated query.
# Each at 1, 10 and 50 closed-loop clients; the server's CPU per request from /proc.
"$benchmarks" load http://127.0.0.1:5181/graphql 1,10,50 20 all "$data/archive.db" --server-pid=$server
echo "server RSS after load: $(awk '/VmRSS/{print $2, $3}' /proc/$server/status)  (peak $(awk '/VmHWM/{print $2, $3}' /proc/$server/status))"
