using System.Net.Http.Headers;
using LearningSociety.Infrastructure.ApiTokens;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Api;

/// <summary>
/// A portal for the token API: tokens issued straight into the database (the admin page has its own
/// tests), and the ids of Long An's data (the tokens' own subtree) and of Đồng Tháp's Tháp Mười (another).
/// </summary>
public class ApiPortal : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public ApiSide Own { get; private set; } = null!;

    public ApiSide Other { get; private set; } = null!;

    /// <summary>Long An's province unit: the unit the tokens are bound to.</summary>
    public int LongAn { get; private set; }

    protected virtual int RequestsPerMinute => 100_000;

    public async Task InitializeAsync()
    {
        Factory.Settings["Api:RequestsPerMinute"] = RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Factory.CreatePortalClient();
        Own = await SideAsync("80:so-gddt", "806");
        Other = await SideAsync("872:phong-gddt", "872");
        LongAn = await Factory.WithDbAsync(db => db.Agencies.Where(a => a.Key == "80:so-gddt").Select(a => a.UnitId).SingleAsync());
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Issues a token for Long An; <paramref name="expiresIn"/> may be negative (already expired).</summary>
    public async Task<(int Id, string Token)> IssueAsync(ApiScopes scopes, TimeSpan? expiresIn = null, bool revoked = false, string name = "Hệ thống thử")
    {
        var (token, hash, hint) = ApiTokenSecret.Create();
        var now = Factory.Clock.GetUtcNow();
        var id = await Factory.WithDbAsync(async db =>
        {
            var row = new ApiToken
            {
                Name = name, UnitId = LongAn, Scopes = scopes, Hash = hash, Hint = hint, CreatedAt = now, CreatedBy = "test",
                ExpiresAt = now + (expiresIn ?? TimeSpan.FromDays(30)), RevokedAt = revoked ? now : null, RevokedBy = revoked ? "test" : null,
            };
            db.ApiTokens.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        return (id, token);
    }

    /// <summary>A client sending the given Authorization header value (none when null).</summary>
    public HttpClient Client(string? bearer)
    {
        var client = Factory.CreatePortalClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(bearer);
        }

        return client;
    }

    private Task<ApiSide> SideAsync(string agencyKey, string periodUnitCode) =>
        Factory.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.Where(a => a.Key == agencyKey).Select(a => new { a.Id, a.UnitId }).SingleAsync();
            var period = await db.ReportingPeriods.Where(p => p.Plan!.Unit!.Code == periodUnitCode).OrderBy(p => p.Id).Select(p => new { p.Id, p.PlanId, p.Plan!.UnitId }).FirstAsync();
            return new ApiSide(agency.UnitId, agency.Id, period.PlanId, period.Id, period.UnitId);
        });
}
