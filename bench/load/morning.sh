#!/usr/bin/env bash
# Open-loop deadline morning (docs/performance.md, #16): the portal pinned to one core, arrivals at fixed rates.
#
#   bench/load/morning.sh                               # RATES="5 10 15", 600 s each, then 300 sign-ins in 60 s
#   RATES="8" DURATION=60 bench/load/morning.sh          # a shorter run while developing
#   SIGNIN_MORNING=0 bench/load/morning.sh               # without the sign-in morning
#   WORK=/tmp/m KEEP_DB=1 bench/load/morning.sh          # again on the fixture of an earlier run in WORK (fresh officers only if it had enough)
#
# One fixture for every run (each run takes its own officers, so nobody submits twice), the portal started once
# (Release, Production, fresh SQLite, synchronous FULL), the generator on CLIENT_CPUS. After the runs every
# acknowledged submission is checked in the database with load-check, as bench/load/run.sh does.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
RATES=${RATES:-5 10 15}
DURATION=${DURATION:-600}
READERS=${READERS:-50}
REVIEWERS=${REVIEWERS:-0.3}
SIGNIN_MORNING=${SIGNIN_MORNING:-1}
UNITS=${UNITS:-/work/shared/data/admin-units-2025-03-01.json}
SERVER_CPUS=${SERVER_CPUS:-0}
CLIENT_CPUS=${CLIENT_CPUS:-1}
PORT=${PORT:-5091}
export LOAD_PASSWORD=${LOAD_PASSWORD:-Kiemthu@2024}
WORK=${WORK:-$(mktemp -d /tmp/hoctap-morning.XXXXXX)}
OUT=${OUT:-$here/results}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT" "$WORK"

# Officers per run: one officer step in seven starts a new officer (70 % of arrivals are officers' steps: 10 %).
per_run() { echo $(( $1 * DURATION * 12 / 100 + 50 )); }
total=0
for r in $RATES; do total=$(( total + $(per_run "$r") )); done
[ "$SIGNIN_MORNING" = 1 ] && total=$(( total + 300 ))

app=${APP_DIR:-$WORK/app}
if [ ! -f "$app/LearningSociety.Web.dll" ]; then
  echo "Publishing the portal (Release) to $app …"
  dotnet publish "$root/src/LearningSociety.Web" -c Release -o "$app" --nologo -v q
fi
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Sqlite="Data Source=$WORK/portal.db"
export Logging__FilePath="$WORK/logs/portal-.log"
export Uploads__Path="$WORK/uploads"
export Security__RequireHttps=false # plain HTTP on the loopback, as a local trial
export Periods__CalendarEnabled=false # the fixture's period is of 2024: the calendar would close it at start-up (every submission refused)
portal() { (cd "$app" && taskset -c "$SERVER_CPUS" dotnet LearningSociety.Web.dll "$@"); }

if [ -z "${KEEP_DB:-}" ]; then
rm -f "$WORK"/portal.db*
echo "Preparing $total commune officers and $READERS readers …"
portal load-fixture --units "$UNITS" --communes "$total" --readers "$READERS" | grep -E "Kế hoạch kiểm thử tải|Không|Cách dùng" || true
fi

(cd "$app" && exec taskset -c "$SERVER_CPUS" dotnet LearningSociety.Web.dll --urls "http://127.0.0.1:$PORT") > "$WORK/server.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 1; done

first=1
labels=()
run() { # label rate duration officers [extra arguments]
  local label="$stamp-morning-$1"
  echo "== $label: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  taskset -c "$CLIENT_CPUS" node "$here/deadline-morning.js" --base "http://127.0.0.1:$PORT" --rate "$2" --duration "$3" \
    --officers "$4" --first "$first" --readers "$READERS" --reviewers "$REVIEWERS" ${5:-} --acks "$OUT/$label.acks.json" --out "$OUT/$label.json"
  node -e 'const f=process.argv[1], r=JSON.parse(require("fs").readFileSync(f)); r.loadAverageAfter=require("fs").readFileSync("/proc/loadavg","utf8").split(" ").slice(0,3).join(" "); require("fs").writeFileSync(f, JSON.stringify(r,null,2))' "$OUT/$label.json"
  first=$(( first + $4 ))
  labels+=("$label")
}
for r in $RATES; do run "$r-per-s" "$r" "$DURATION" "$(per_run "$r")"; done
[ "$SIGNIN_MORNING" = 1 ] && run "300-sign-ins-60-s" 5 60 300 "--sign-in-only true"

kill -TERM "$server"; wait "$server" || true
trap - EXIT
echo "Database: integrity_check $(sqlite3 "$WORK/portal.db" 'PRAGMA integrity_check')"
status=0
for label in "${labels[@]}"; do
  echo "Checking the acknowledged submissions of $label …"
  portal load-check --acks "$OUT/$label.acks.json" | tail -1 || status=1
done
[ "$status" = 0 ] && echo "OK: results in $OUT/$stamp-morning-*.json" || echo "FAILED (portal log in $WORK)"
exit "$status"
