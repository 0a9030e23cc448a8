#!/usr/bin/env bash
# Fails when the model has changes that a migration does not cover, for either provider,
# and when the SQL Server script cannot be generated.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/LearningSociety.Web --nologo -v quiet >/dev/null
export ConnectionStrings__SqlServer="Server=localhost;Database=LearningSociety;User Id=sa;Password=design-time-only;TrustServerCertificate=True"
for provider in Sqlite SqlServer; do
  echo "== $provider: pending model changes?"
  Database__Provider=$provider dotnet ef migrations has-pending-model-changes \
    --project "src/LearningSociety.Migrations.$provider" --startup-project src/LearningSociety.Web --no-build
done
echo "== SqlServer: idempotent script"
mkdir -p artifacts
Database__Provider=SqlServer dotnet ef migrations script --idempotent --no-build \
  --project src/LearningSociety.Migrations.SqlServer --startup-project src/LearningSociety.Web \
  --output artifacts/sqlserver-migrations.sql
echo "wrote artifacts/sqlserver-migrations.sql ($(wc -l < artifacts/sqlserver-migrations.sql) lines)"
