using System.Globalization;
using System.Net;
using System.Text.Json;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Ids of the demo data and the consolidation API, read the way a client would.</summary>
public static class Consolidations
{
    public const string LongAn = "80";
    public const string CanDuoc = "806";
    public const string DongThap = "87";
    public const string ThapMuoi = "872";

    public static async Task<int> UnitIdAsync(this PortalFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Units.Where(u => u.Code == code && u.ValidTo != null).Select(u => u.Id).SingleAsync();
    }

    /// <summary>"KH-BCĐ" is Cần Đước's plan, "KH-UBND" with number 770 is Tháp Mười's.</summary>
    public static async Task<int> PeriodIdAsync(this PortalFactory factory, string symbol)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ReportingPeriods.Where(p => p.Plan!.Symbol == symbol && (symbol != "KH-UBND" || p.Plan.Number == "770"))
            .Select(p => p.Id).SingleAsync();
    }

    public static async Task<JsonElement> ApiAsync(this HttpClient client, int periodId, int unitId, bool approvedOnly = false)
    {
        var response = await client.GetAsync(Url("/api/consolidated", periodId, unitId, approvedOnly));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public static string Url(string path, int periodId, int unitId, bool approvedOnly = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}?periodId={periodId}&unitId={unitId}&approvedOnly={(approvedOnly ? "true" : "false")}");

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    public static JsonElement Target(this JsonElement e, string code) =>
        e.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    /// <summary>A Cần Đước commune whose demo report nobody has started, and a new officer signed in for it.</summary>
    public static async Task<(int ReportId, HttpClient Client)> FreshCommuneAsync(this PortalFactory factory, string email)
    {
        var (id, key) = await factory.WithDbAsync(async db =>
        {
            var report = await db.Reports.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.LastSavedAt == null
                    && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee && r.Agency.Unit!.Level == Domain.Units.UnitLevel.Commune)
                .OrderBy(r => r.Id).Select(r => new { r.Id, r.Agency!.Key }).FirstAsync();
            return (report.Id, report.Key);
        });
        await factory.CreateUserAsync(email, Roles.CommuneOfficer, key);
        return (id, await factory.SignedInAsync(email));
    }

    /// <summary>The form field prefix ("Targets[1]") of a target on a report form, found by the target's code.</summary>
    public static async Task<string> TargetFieldAsync(this PortalFactory factory, Dictionary<string, string> form, string planSymbol, string code)
    {
        var targetId = await factory.WithDbAsync(db => db.Targets.Where(t => t.Code == code && db.Plans.Any(p => p.Id == t.PlanId && p.Symbol == planSymbol))
            .Select(t => t.Id).SingleAsync());
        var key = form.Single(f => f.Key.StartsWith("Targets[", StringComparison.Ordinal) && f.Key.EndsWith(".TargetId", StringComparison.Ordinal)
            && f.Value == targetId.ToString(CultureInfo.InvariantCulture)).Key;
        return key[..key.IndexOf('.', StringComparison.Ordinal)];
    }
}
