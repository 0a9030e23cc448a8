#!/usr/bin/env bash
# kill -9 in the middle of a stream of submissions, several times, then check the SQLite database:
# it opens cleanly (PRAGMA integrity_check = ok), every acknowledged submission is there exactly once,
# and no report is half-written (submitted without its Submitted event or its narrative).
#
#   bench/faults/kill9.sh                    # 3 kills, 300 commune officers, 20 submitting at a time
#   ROUNDS=5 KILL_AFTER=30 bench/faults/kill9.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ROUNDS=${ROUNDS:-3}
USERS=${USERS:-300}
CONCURRENCY=${CONCURRENCY:-20}
# Each round kills the portal once KILL_AFTER more submissions (plus a random 0–19) have been acknowledged.
KILL_AFTER=${KILL_AFTER:-20}
UNITS=${UNITS:-/work/shared/data/admin-units-2025-03-01.json}
PROVINCES=${PROVINCES:-01}
SYNCHRONOUS=${SYNCHRONOUS:-Full}
PORT=${PORT:-5092}
export LOAD_PASSWORD=${LOAD_PASSWORD:-Kiemthu@2024}
WORK=${WORK:-$(mktemp -d /tmp/hoctap-kill9.XXXXXX)}
db="$WORK/portal.db"
acks="$WORK/acks.ndjson"

[ -d "$root/bench/load/node_modules" ] || (cd "$root/bench/load" && npm ci --no-audit --no-fund)
app=${APP_DIR:-$WORK/app}
if [ ! -f "$app/LearningSociety.Web.dll" ]; then
  echo "Publishing the portal (Release) to $app …"
  dotnet publish "$root/src/LearningSociety.Web" -c Release -o "$app" --nologo -v q
fi

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Sqlite="Data Source=$db"
export Logging__FilePath="$WORK/logs/portal-.log"
export Uploads__Path="$WORK/uploads"
export Database__SqliteSynchronous="$SYNCHRONOUS"
portal() { (cd "$app" && dotnet LearningSociety.Web.dll "$@"); }

start_portal() {
  (cd "$app" && exec dotnet LearningSociety.Web.dll --urls "http://127.0.0.1:$PORT") >> "$WORK/server.out" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.5
  done
  echo "The portal did not start after a crash:"; tail -30 "$WORK/server.out"; exit 1
}

integrity() { sqlite3 "$db" 'PRAGMA integrity_check'; }

rm -f "$db"* "$acks"; touch "$acks"
echo "Preparing $USERS commune officers in $db …"
portal load-fixture --units "$UNITS" --provinces "$PROVINCES" --communes "$USERS" --readers 0 | grep -E "Kế hoạch kiểm thử tải|Không" || true

from=1
for round in $(seq 1 "$ROUNDS"); do
  start_portal
  node "$here/stream.js" --base "http://127.0.0.1:$PORT" --users "$USERS" --from "$from" --concurrency "$CONCURRENCY" --acks "$acks" > "$WORK/stream-$round.json" &
  stream=$!
  # A different moment in each round, so the kill lands in different phases of a request.
  target=$(( $(wc -l < "$acks") + KILL_AFTER + RANDOM % 20 ))
  while [ "$(wc -l < "$acks")" -lt "$target" ] && kill -0 "$stream" 2>/dev/null; do sleep 0.05; done
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  wait "$stream"
  check=$(integrity)
  echo "Round $round: killed -9 during $(cat "$WORK/stream-$round.json"); integrity_check after the crash: $check; acknowledged so far: $(wc -l < "$acks")"
  [ "$check" = ok ] || { echo "FAILED: the database is damaged after kill -9"; exit 1; }
  # Go on from the officers who were in flight when the portal died (they may or may not have been saved).
  last=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).lastUserStarted)' "$WORK/stream-$round.json")
  from=$(( last - CONCURRENCY > 1 ? last - CONCURRENCY : 1 ))
done

# The portal starts again on the crashed file; every officer whose report is not in yet submits it
# (those in flight at a kill included), then a clean stop.
start_portal
node "$here/stream.js" --base "http://127.0.0.1:$PORT" --users "$USERS" --from 1 --concurrency "$CONCURRENCY" --acks "$acks" > "$WORK/stream-final.json"
echo "After the last restart: $(cat "$WORK/stream-final.json")"
kill -TERM "$server"; wait "$server" || true

node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse)))' "$acks" "$WORK/acks.json"
echo "journal_mode: $(sqlite3 "$db" 'PRAGMA journal_mode'), synchronous: $SYNCHRONOUS, integrity_check: $(integrity)"
echo "Checking every acknowledged submission …"
portal load-check --acks "$WORK/acks.json" | grep -E '^\{"' || { echo "FAILED (details above, files in $WORK)"; exit 1; }
submitted=$(sqlite3 "$db" "SELECT count(*) FROM Reports WHERE Status = 'Submitted'")
[ "$submitted" = "$USERS" ] || { echo "FAILED: $submitted of $USERS reports submitted in the end"; exit 1; }
echo "OK: $ROUNDS kills, nothing acknowledged lost, nothing half-written, all $USERS officers submitted in the end (files in $WORK)"
