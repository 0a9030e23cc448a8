#!/usr/bin/env bash
# How many report-sized write transactions SQLite itself commits per second on this disk, without the
# portal around it: 2,000 transactions, each updating a report and adding an event and an audit line,
# on a copy of a load-test database, with synchronous FULL then NORMAL (WAL in both).
#   bench/load/sqlite-writer-ceiling.sh /tmp/hoctap-load.XXXX/portal.db
set -euo pipefail
source_db=${1:?usage: $0 <portal.db made by load-fixture>}
work=$(mktemp -d /tmp/hoctap-ceiling.XXXXXX)
trap 'rm -rf "$work"' EXIT
sqlite3 "$source_db" ".backup '$work/copy.db'"
for mode in FULL NORMAL; do
  {
    printf 'PRAGMA journal_mode = WAL;\nPRAGMA synchronous = %s;\n' "$mode"
    for i in $(seq 0 1999); do
      id=$(( 1 + i % 500 ))
      printf "BEGIN; UPDATE Reports SET Version = Version + 1, LastSavedAt = %d WHERE Id = %d; INSERT INTO ReportEvents (ReportId, Action, At, UserName) VALUES (%d, 'Saved', %d, 'tải'); INSERT INTO AuditEntries (At, UserName, Action, EntityType, EntityId) VALUES (%d, 'tải', 'report.save', 'Report', '%d'); COMMIT;\n" "$i" "$id" "$id" "$i" "$i" "$id"
    done
  } > "$work/writes.sql"
  start=$(date +%s.%N)
  sqlite3 "$work/copy.db" < "$work/writes.sql" > /dev/null
  end=$(date +%s.%N)
  echo "synchronous=$mode: $(echo "2000 / ($end - $start)" | bc) commits/s"
done
