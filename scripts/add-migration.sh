#!/usr/bin/env bash
# Adds a migration with the same name to every database provider, so the two sets never drift.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  Database__Provider=$provider \
  ConnectionStrings__SqlServer="Server=localhost;Database=LearningSociety;User Id=sa;Password=design-time-only;TrustServerCertificate=True" \
  Seeds__Enabled=false \
  dotnet ef migrations add "$name" \
    --project "src/LearningSociety.Migrations.$provider" \
    --startup-project src/LearningSociety.Web \
    --output-dir Migrations
done
