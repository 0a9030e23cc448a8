#!/usr/bin/env bash
# Signed-in pages per second as a ratio of /health on the same portal in the same run (docs/performance.md, #16).
#
#   bench/pages/throughput.sh                 # publish (Release), demo data on a fresh SQLite file, every role
#   APP_DIR=/tmp/app bench/pages/throughput.sh   # an already published portal
#   SECONDS_EACH=10 CONNECTIONS=8 CLIENT_CPUS=1 bench/pages/throughput.sh
#
# The portal runs unpinned (as deployed), wrk on CLIENT_CPUS with CONNECTIONS connections, one thread.
# Each page is fetched once before it is measured (a warm server); /health is measured first and last and
# the ratio uses their mean, so a change of the machine's load during the run shows as a gap between the two.
# Needs wrk (apt-get install wrk) and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PORT=${PORT:-5097}
SECONDS_EACH=${SECONDS_EACH:-10}
CONNECTIONS=${CONNECTIONS:-8}
CLIENT_CPUS=${CLIENT_CPUS:-1}
PASSWORD=${PASSWORD:-Demo@12345}
WORK=${WORK:-$(mktemp -d /tmp/hoctap-throughput.XXXXXX)}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

app=${APP_DIR:-$WORK/app}
if [ ! -f "$app/LearningSociety.Web.dll" ]; then
  dotnet publish "$root/src/LearningSociety.Web" -c Release -o "$app" -nologo -v q >/dev/null
fi

rm -f "$WORK"/portal.db*
(cd "$app" && ASPNETCORE_ENVIRONMENT=Staging exec dotnet LearningSociety.Web.dll --urls "$BASE" \
    --ConnectionStrings:Sqlite="Data Source=$WORK/portal.db" --Security:RequireHttps=false --Demo:Enabled=true \
    --Reminders:Enabled=false --Logging:FilePath="$WORK/logs/portal-.log" --Uploads:Path="$WORK/uploads" \
    >"$WORK/portal.out" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$WORK/portal.out"; exit 1; }
  sleep 1
done

# Signs in like a browser and prints the cookie header of the session.
sign_in() {
  local jar="$WORK/$1.jar" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$1@hoctap.local" --data-urlencode "Password=$PASSWORD" \
      --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
}

# Requests per second of one page (non-2xx answers make the run fail: a redirect to sign-in is not a page).
rps() {
  local url=$1 cookie=${2:-} out
  curl -fs -o /dev/null ${cookie:+-H "Cookie: $cookie"} "$BASE$url" || { echo "GET $url failed" >&2; exit 1; }
  out=$(taskset -c "$CLIENT_CPUS" wrk -t1 -c"$CONNECTIONS" --timeout 60s -d"${SECONDS_EACH}s" ${cookie:+-H "Cookie: $cookie"} "$BASE$url")
  if grep -q "Non-2xx" <<<"$out"; then echo "GET $url answered non-2xx: $out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The JIT's tiers and the thread pool warm up in the first seconds: a throw-away run first, else the first
# /health is a third to a half of the last and every ratio is biased.
rps /health >/dev/null
health1=$(rps /health)
results=()
for who in lanhdao.tayninh so.gddt.tayninh xa.longhuu phuong.longan admin; do
  cookie=$(sign_in "$who")
  case $who in
    xa.longhuu|phuong.longan) pages="/ /Reports" ;;
    *) pages="/ /Reports /Consolidated /Dashboard" ;;
  esac
  [ "$who" = lanhdao.tayninh ] && pages="$pages /Dashboard/Leader /Plans"
  for page in $pages; do
    results+=("$who $page $(rps "$page" "$cookie")")
  done
done
health2=$(rps /health)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
health=$(echo "scale=1; ($health1 + $health2) / 2" | bc)
printf '| account | page | requests/s | ÷ /health |\n|---|---|---:|---:|\n'
printf '| (anonymous) | /health | %s (first %s, last %s) | 1 |\n' "$health" "$health1" "$health2"
for r in "${results[@]}"; do
  read -r who page n <<<"$r"
  printf '| %s | %s | %s | %s |\n' "$who" "$page" "$n" "$(echo "scale=3; $n / $health" | bc)"
done
