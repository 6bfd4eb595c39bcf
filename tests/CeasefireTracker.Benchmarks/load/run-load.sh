#!/usr/bin/env bash
# Bounded HTTP load on the prerendered pages at 1M reports, then start-up times. Builds in Release, generates the
# 1M-report database once (reused after; CEASEFIRE_BENCH_DB names another file), starts the app on 127.0.0.1 with it,
# waits for /health, runs a fixed number of requests per page (first one client at a time: server time per page;
# then CONCURRENCY clients), stops the app, then times cold and warm starts. After each pass, the server's own time per
# answer from the app's request log (the clients share the machine's cores: their latency includes their own queue).
#
#   tests/CeasefireTracker.Benchmarks/load/run-load.sh                      # 2000 requests per page, 20 clients
#   REQUESTS=500 PATHS=/casualties tests/CeasefireTracker.Benchmarks/load/run-load.sh
#
# Environment: REQUESTS (2000), CONCURRENCY (20), PATHS (/,/timeline,/casualties), PORT (5391), MAX_SECONDS per page
# (300), SERIAL_REQUESTS (100, the one-client pass), STARTUP_RUNS (5; 0 skips the start-up timing).
set -euo pipefail
cd "$(dirname "$0")/../../.."

REQUESTS=${REQUESTS:-2000}
CONCURRENCY=${CONCURRENCY:-20}
PATHS=${PATHS:-/,/timeline,/casualties}
PORT=${PORT:-5391}
MAX_SECONDS=${MAX_SECONDS:-300}
STARTUP_RUNS=${STARTUP_RUNS:-5}
SERIAL_REQUESTS=${SERIAL_REQUESTS:-100}

dotnet build -c Release tests/CeasefireTracker.Benchmarks -v quiet -nologo >/dev/null
bench="dotnet tests/CeasefireTracker.Benchmarks/bin/Release/net10.0/CeasefireTracker.Benchmarks.dll"
app_dir=src/CeasefireTracker/bin/Release/net10.0
db=$($bench generate-db | tail -n 1)
log=$(mktemp /tmp/ceasefire-load-app-XXXX.log)

# The generated store only: the seed article is not added to it (SeedOnStartup=false).
echo "Database: $db ($(du -h "$db" | cut -f1)); app log: $log"
# The app stops itself after an hour at most, whatever happens to this script.
(cd "$app_dir" && ASPNETCORE_ENVIRONMENT=Production exec timeout 3600 dotnet CeasefireTracker.dll \
  --urls "http://127.0.0.1:$PORT" --Database:Path="$db" --Database:SeedOnStartup=false) >"$log" 2>&1 &
app_pid=$!
stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
trap stop_app EXIT

for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { echo "The app exited while starting:"; cat "$log"; exit 1; }
  sleep 0.1
done

status=0
# One pass of the load client, then the server's own times for that pass from the app's request log.
run_pass() {
  local title=$1; shift
  echo "== $title =="
  local skip; skip=$(wc -l <"$log")
  $bench load --url "http://127.0.0.1:$PORT" --paths "$PATHS" --max-seconds "$MAX_SECONDS" "$@" || status=1
  $bench request-times --log "$log" --skip "$skip" || status=1
  echo "app resident memory after the pass: $(( $(ps -o rss= -p "$(pgrep -P "$app_pid" dotnet)") / 1024 )) MiB"
}
run_pass "Server time per page, every request rendered (a cache miss): one client" --requests "$SERIAL_REQUESTS" --concurrency 1 --uncached true
run_pass "Server time per page, output cache on: one client" --requests "$SERIAL_REQUESTS" --concurrency 1
run_pass "Load: $CONCURRENCY concurrent clients, every request rendered (a cache miss)" --requests "$SERIAL_REQUESTS" --concurrency "$CONCURRENCY" --uncached true
run_pass "Load: $CONCURRENCY concurrent clients, output cache on" --requests "$REQUESTS" --concurrency "$CONCURRENCY"
stop_app
trap - EXIT

if [ "$STARTUP_RUNS" -gt 0 ]; then
  echo "== Start-up: process start to first 200 from /health =="
  $bench startup --app "$app_dir/CeasefireTracker.dll" --runs "$STARTUP_RUNS" --large-database "$db" || status=1
fi
exit "$status"
