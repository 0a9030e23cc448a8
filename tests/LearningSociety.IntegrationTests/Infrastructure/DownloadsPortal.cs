using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>A portal with a commune report nobody has started and a draft one an officer may submit.</summary>
public sealed class DownloadsPortal : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    /// <summary>A commune report nobody has started, filed by <see cref="FreshOfficer"/>; each test overwrites what it checks.</summary>
    public int FreshReport { get; private set; }

    public const string FreshOfficer = "xa.baocao@hoctap.local";

    /// <summary>A second commune report, which one test submits with its tasks done.</summary>
    public int SubmittedReport { get; private set; }

    public const string SubmittingOfficer = "xa.nopbaocao@hoctap.local";

    public async Task InitializeAsync()
    {
        Factory.CreatePortalClient();
        (FreshReport, _) = await Factory.FreshCommuneAsync(FreshOfficer);

        // A Cần Đước commune whose demo report is a draft still, and a new officer for it.
        var draft = await Factory.WithDbAsync(db => db.Reports.Where(r => r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Id != FreshReport
                && r.Status == Domain.Reporting.ReportStatus.Draft && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee
                && r.Agency.Unit!.Level == Domain.Units.UnitLevel.Commune)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Agency!.Key }).FirstAsync());
        await Factory.CreateUserAsync(SubmittingOfficer, Domain.Identity.Roles.CommuneOfficer, draft.Key);
        SubmittedReport = draft.Id;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public Task<int> PlanAsync(string number) =>
        Factory.WithDbAsync(db => db.Plans.Where(p => p.Number == number).Select(p => p.Id).SingleAsync());
}
