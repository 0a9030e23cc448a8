using System.Security.Claims;
using System.Text.Encodings.Web;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.ApiTokens;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// "Authorization: Bearer lsp_…" on /api/v1. The token is looked up by its hash on every request, so a
/// revocation or an expiry applies to the very next one. A valid token signs in as a leader of its
/// unit (the same data rules as a person: <see cref="UserScopeProvider"/>), with its scopes as claims.
/// Refusals answer application/problem+json with a Vietnamese title.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, AuditLog audit, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string FailureKey = "api-token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || !ApiTokenSecret.IsWellFormed(header[7..].Trim()))
        {
            return Refuse("Mã truy cập không đúng định dạng: gửi “Authorization: Bearer lsp_…” với mã do quản trị viên cấp.");
        }

        var hash = ApiTokenSecret.Hash(header[7..].Trim());
        var token = await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Select(t => new { t.Id, t.Name, t.Scopes, t.ExpiresAt, t.RevokedAt, Path = t.Unit!.Path })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return Refuse("Mã truy cập không đúng hoặc không còn tồn tại.");
        }

        var now = clock.GetUtcNow();
        if (token.RevokedAt is not null || now >= token.ExpiresAt)
        {
            var reason = token.RevokedAt is not null ? "Mã truy cập đã bị thu hồi." : "Mã truy cập đã hết hạn.";
            audit.Add(ApiTokenClaims.UserId(token.Id), ApiTokenClaims.UserName(token.Name), AuditAction.ApiRefused, AuditSubject.ApiToken, token.Id,
                $"{Request.Method} {Request.Path}{Request.QueryString}: {reason}");
            await db.SaveChangesAsync(Context.RequestAborted);
            return Refuse(reason);
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, ApiTokenClaims.UserId(token.Id)),
            new(ClaimTypes.Name, ApiTokenClaims.UserName(token.Name)),
            new(ClaimTypes.Role, Roles.Leader),
            new(ApiTokenClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ApiTokenClaims.UnitPath, token.Path),
        ];
        claims.AddRange(Enum.GetValues<ApiScopes>().Where(s => s != ApiScopes.None && token.Scopes.HasFlag(s)).Select(s => new Claim(ApiTokenClaims.Scope, s.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = Context.Items.ContainsKey(FailureKey) ? "Bearer error=\"invalid_token\"" : "Bearer";
        var detail = Context.Items[FailureKey] as string ?? "Gửi mã truy cập trong tiêu đề “Authorization: Bearer lsp_…”.";
        return ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            Context.Items.ContainsKey(FailureKey) ? "Mã truy cập không hợp lệ." : "Thiếu mã truy cập.", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "Mã truy cập không được cấp quyền này.",
            "Quản trị viên cấp mã với phạm vi “đọc số liệu tổng hợp” hoặc “đọc kế hoạch và tình trạng báo cáo”; mã này không có phạm vi cần cho địa chỉ đã gọi.");

    private AuthenticateResult Refuse(string reason)
    {
        Context.Items[FailureKey] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
