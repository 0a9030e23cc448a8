using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSociety.Web.Features.Health;

/// <summary>/health is healthy only when start-up reached the database and a query goes through now.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu chưa sẵn sàng: " + readiness.Problem);
        }

        try
        {
            // A real statement, not CanConnect: for SQLite that only checks that the file exists.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu", ex);
        }
    }
}
