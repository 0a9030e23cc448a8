#!/usr/bin/env bash
# Page weight of the portal on a rural mobile link (docs/performance.md, "Trọng lượng trang và ngoại tuyến").
#
#   bench/pages/page-weight.sh                              # publish (Release), fresh SQLite, measure
#   BASE_URL=http://127.0.0.1:8080 bench/pages/page-weight.sh   # an already running portal with the demo accounts
#
# Publishes the portal (as it is deployed: static files compressed at publish), starts it on a fresh SQLite
# file with the demo data on the real clock (the 2026 cycle of Tây Ninh), and runs the Playwright console
# LearningSociety.PageWeight in Debian's Chromium against it. Prints a Markdown table.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PORT=${PORT:-5098}
BASE_URL=${BASE_URL:-}
created_work=""
if [ -z "${WORK:-}" ]; then WORK=$(mktemp -d /tmp/hoctap-pages.XXXXXX); created_work=1; fi

dotnet build "$here/LearningSociety.PageWeight" -c Release -nologo -v q >/dev/null

pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$created_work" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ -z "$BASE_URL" ]; then
  dotnet publish "$root/src/LearningSociety.Web" -c Release -o "$WORK/app" -nologo -v q >/dev/null
  BASE_URL="http://127.0.0.1:$PORT"
  # Staging: not Production (demo accounts), not Development (the deployed behaviour); plain http on loopback.
  (cd "$WORK/app" && ASPNETCORE_ENVIRONMENT=Staging exec dotnet LearningSociety.Web.dll \
      --urls "$BASE_URL" \
      --ConnectionStrings:Sqlite="Data Source=$WORK/portal.db" \
      --Security:RequireHttps=false --Demo:Enabled=true \
      --Reminders:Enabled=false --Logging:FilePath="$WORK/logs/portal-.log" --Uploads:Path="$WORK/uploads" \
      >"$WORK/portal.out" 2>&1) &
  pid=$!
  for _ in $(seq 1 180); do
    curl -fs "$BASE_URL/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/portal.out"; exit 1; }
    sleep 1
  done
fi

dotnet "$here/LearningSociety.PageWeight/bin/Release/net10.0/LearningSociety.PageWeight.dll" "$BASE_URL"
