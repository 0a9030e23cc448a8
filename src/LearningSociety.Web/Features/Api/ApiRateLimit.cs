using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// Each token gets <c>Api:RequestsPerMinute</c> requests a minute (default 120); past that the answer is
/// 429 with Retry-After in seconds, so a runaway script slows itself down without hurting the portal's users.
/// </summary>
public static class ApiRateLimit
{
    public const string Policy = "api.token";
    public const string Setting = "Api:RequestsPerMinute";

    public static IServiceCollection AddApiRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = Math.Clamp(configuration.GetValue(Setting, 120), 1, 100_000);
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ApiTokenClaims.TokenId) ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Quá nhiều yêu cầu.",
                    $"Mã truy cập này đã gửi quá {perMinute.ToString(CultureInfo.InvariantCulture)} yêu cầu trong một phút. Hãy thử lại sau {seconds.ToString(CultureInfo.InvariantCulture)} giây."));
            };
        });
    }
}
