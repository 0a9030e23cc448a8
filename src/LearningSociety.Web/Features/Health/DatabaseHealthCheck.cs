using LearningSociety.Infrastructure.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSociety.Web.Features.Health;

/// <summary>/health is healthy only when the database answers.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu", ex);
        }
    }
}
