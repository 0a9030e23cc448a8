using System.Globalization;
using System.Security.Claims;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// After each request made with a token: one audit line (what was asked, what was answered) and the
/// token's last use. A request turned away by the rate limit is not written: that would let a flood
/// fill the audit log, which is what the limit is there to prevent.
/// </summary>
public sealed class ApiUseRecorder(RequestDelegate next)
{
    private const int MaxDetails = 500;

    public async Task InvokeAsync(HttpContext context, AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        await next(context);
        if (context.User.FindFirstValue(ApiTokenClaims.TokenId) is not { } text || !int.TryParse(text, CultureInfo.InvariantCulture, out var tokenId)
            || context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var asked = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} → {context.Response.StatusCode.ToString(CultureInfo.InvariantCulture)}";
        audit.Add(context.User.FindFirstValue(ClaimTypes.NameIdentifier), context.User.FindFirstValue(ClaimTypes.Name) ?? "", AuditAction.ApiUse,
            AuditSubject.ApiToken, tokenId, asked.Length > MaxDetails ? asked[..MaxDetails] + "…" : asked);
        await db.SaveChangesAsync(CancellationToken.None);
        await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), CancellationToken.None);
    }
}
