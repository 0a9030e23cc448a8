using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// One portal for the matrix: the actors with their own and other unit's ids looked up from the
/// demo data, a signed-in session per actor, and the few rows the demo data lacks (attachments,
/// notifications, accounts nobody uses) added once.
/// </summary>
public sealed class MatrixPortal : IAsyncLifetime
{
    /// <summary>Where an actor's ids come from, by seed keys: agencies ("806:mttq") and unit codes ("806").</summary>
    private sealed record SideSpec(string ReportAgency, string ReviewedAgency, string PlanUnit, string PeriodUnit, string UnitAgency);

    // Long An (the demo accounts' province) against Đồng Tháp's Tháp Mười; a commune against its
    // neighbour; an agency against another agency of the same district; a district against the province above it.
    private static readonly SideSpec LongAn = new("806:phong-gddt", "806:phong-gddt", "80", "806", "80:so-gddt");
    private static readonly SideSpec ThapMuoi = new("872:phong-gddt", "872:phong-gddt", "872", "872", "872:phong-gddt");

    private static readonly (string Role, string Email, SideSpec Own, SideSpec Other)[] Specs =
    [
        (Roles.Admin, "admin@hoctap.local", LongAn, ThapMuoi),
        (Roles.ProvinceReviewer, "so.gddt@hoctap.local", LongAn, ThapMuoi),
        (Roles.DistrictOfficer, "phong.gddt.canduoc@hoctap.local",
            new("806:phong-gddt", "28123:ubnd", "806", "806", "806:phong-gddt"), new("872:phong-gddt", "30073:ubnd", "80", "872", "872:phong-gddt")),
        (Roles.CommuneOfficer, "xa.longhuudong@hoctap.local",
            new("28144:ubnd", "28144:ubnd", "806", "806", "28144:ubnd"), new("28111:ubnd", "28111:ubnd", "872", "872", "28111:ubnd")),
        (Roles.AgencyReporter, "mttq.canduoc@hoctap.local",
            new("806:mttq", "806:mttq", "806", "806", "806:mttq"), new("806:to-chuc-ctxh", "806:to-chuc-ctxh", "872", "872", "872:phong-gddt")),
        (Roles.Leader, "lanhdao@hoctap.local", LongAn with { UnitAgency = "80:ubnd" }, ThapMuoi),
    ];

    private readonly Dictionary<string, string> _spareUsers = new(StringComparer.Ordinal);

    /// <summary>Draft plans by unit code: the demo plans are all in force, and drafts are what only some may read.</summary>
    private readonly Dictionary<string, int> _drafts = new(StringComparer.Ordinal);

    public PortalFactory Factory { get; } = new();

    /// <summary>Anonymous first, then the roles in <see cref="AuthorizationMatrix.Columns"/> order.</summary>
    public List<MatrixActor> Actors { get; } = [];

    public Dictionary<string, HttpClient> Clients { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        Factory.CreatePortalClient();
        // The agency's only demo report is approved, hence locked; a draft lets "delete my attachment" succeed.
        await Factory.WithDbAsync(db => db.Reports.Where(r => r.Agency!.Key == "806:mttq")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Draft)));

        var author = await Factory.SignedInAsync("admin@hoctap.local");
        foreach (var code in new[] { "80", "806", "872" })
        {
            _drafts[code] = await author.CreatePlanAsync(Factory, "9" + code, "Kế hoạch dự thảo " + code, code, code + ":ubnd");
        }

        foreach (var (role, email, own, other) in Specs)
        {
            var userId = await Factory.UserIdAsync(email);
            var otherSide = await SideAsync(other, role, "other", null);
            var ownSide = await SideAsync(own, role, "own", userId);
            Actors.Add(new MatrixActor(role, email, ownSide, otherSide));
        }

        var admin = Actors[0];
        Actors.Insert(0, new MatrixActor("Anonymous", null, admin.Other, admin.Other));
        foreach (var actor in Actors)
        {
            var client = await SessionAsync(actor);
            Clients[actor.Name] = client;
            Tokens[actor.Name] = await client.AntiforgeryTokenAsync(actor.IsAnonymous ? "/Account/Login" : "/Account/ChangePassword");
        }
    }

    /// <summary>A new session for the actor (signed in unless anonymous).</summary>
    public async Task<HttpClient> SessionAsync(MatrixActor actor) =>
        actor.Email is null ? Factory.CreatePortalClient() : await Factory.SignedInAsync(actor.Email);

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private async Task<MatrixSide> SideAsync(SideSpec spec, string role, string side, string? actorUserId)
    {
        await EnsurePhaseAndTargetAsync(spec.PlanUnit);
        var spare = await SpareUserAsync(spec.UnitAgency);
        var ids = await Factory.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Where(p => p.Unit!.Code == spec.PlanUnit && p.Status == PlanStatus.Active).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var period = await db.ReportingPeriods.Where(p => p.Plan!.Unit!.Code == spec.PeriodUnit).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.PlanId, p.Plan!.UnitId }).FirstAsync();
            var agency = await db.Agencies.Where(a => a.Key == spec.UnitAgency).Select(a => new { a.Id, a.UnitId }).SingleAsync();
            return new MatrixSide
            {
                Report = await ReportOfAsync(db, spec.ReportAgency),
                Reviewed = await ReportOfAsync(db, spec.ReviewedAgency),
                Plan = plan,
                DraftPlan = _drafts[spec.PlanUnit],
                PlanItem = await db.PlanItems.Where(i => i.PlanId == plan).OrderBy(i => i.Id).Select(i => i.Id).FirstOrDefaultAsync(),
                Target = await db.Targets.Where(t => t.PlanId == plan).OrderBy(t => t.Id).Select(t => t.Id).FirstOrDefaultAsync(),
                Rule = await db.ReportingRules.Where(r => r.PlanId == plan).OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(),
                Phase = await db.PlanPhases.Where(p => p.PlanId == plan).OrderBy(p => p.Id).Select(p => p.Id).FirstOrDefaultAsync(),
                Reference = await db.LegalReferences.Where(r => r.PlanId == plan).OrderBy(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(),
                Period = period.Id,
                PeriodPlan = period.PlanId,
                PeriodUnit = period.UnitId,
                Unit = agency.UnitId,
                Agency = agency.Id,
                User = spare,
            };
        });
        var tag = $"{role}-{side}";
        return ids with
        {
            Attachment = await AttachmentAsync(ids.Report, tag + "-download"),
            DeletableAttachment = await AttachmentAsync(ids.Report, tag + "-delete"),
            Notification = await NotificationAsync(actorUserId ?? spare, tag),
            ExportJob = await ExportJobAsync(actorUserId ?? spare, tag, ids.Period, ids.PeriodUnit),
            UnitImportJob = await UnitImportJobAsync(tag),
            OcrJob = await OcrJobAsync(actorUserId ?? spare, tag),
        };
    }

    /// <summary>A finished unit list import: its page, status and (refused, as already done) confirmation.</summary>
    private Task<int> UnitImportJobAsync(string tag) =>
        Factory.WithDbAsync(async db =>
        {
            var job = new LearningSociety.Infrastructure.UnitLists.UnitImportJob
            {
                UserId = "matrix", UserName = "matrix", FileName = tag + ".json", State = LearningSociety.Infrastructure.UnitLists.UnitImportState.Done,
                Progress = 100, Result = "{}", CreatedAt = Factory.Clock.GetUtcNow(), FinishedAt = Factory.Clock.GetUtcNow(),
            };
            db.UnitImportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });

    /// <summary>A finished OCR job with one page: its progress page, status, page image and review.</summary>
    private async Task<int> OcrJobAsync(string userId, string tag)
    {
        var id = await Factory.WithDbAsync(async db =>
        {
            var job = new LearningSociety.Infrastructure.Importing.OcrImportJob
            {
                UserId = userId, FileName = tag + ".png", Format = LearningSociety.Infrastructure.Importing.ScanFormat.Png, State = LearningSociety.Infrastructure.Importing.OcrJobState.Done,
                Pages = 1, PagesDone = 1, Text = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 1/KH-UBND\nKẾ HOẠCH\nThử " + tag, CreatedAt = Factory.Clock.GetUtcNow(),
            };
            db.OcrImportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        var folder = Factory.Services.GetRequiredService<Web.Features.PlanImport.OcrFiles>().FolderOf(id);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "1.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        return id;
    }

    /// <summary>Only one demo plan has phases and only two have targets; the phase and target pages need one of each.</summary>
    private Task<int> EnsurePhaseAndTargetAsync(string planUnit) =>
        Factory.WithDbAsync(async db =>
        {
            var plan = await db.Plans.Where(p => p.Unit!.Code == planUnit && p.Status == PlanStatus.Active).OrderBy(p => p.Id).FirstAsync();
            if (!await db.PlanPhases.AnyAsync(p => p.PlanId == plan.Id))
            {
                db.PlanPhases.Add(new PlanPhase { PlanId = plan.Id, Name = "Giai đoạn thử", Start = new DateOnly(2024, 1, 1), End = new DateOnly(2025, 12, 31) });
            }

            if (!await db.Targets.AnyAsync(t => t.PlanId == plan.Id))
            {
                db.Targets.Add(new Target { PlanId = plan.Id, Code = "THU", Name = "Chỉ tiêu thử" });
            }

            return await db.SaveChangesAsync();
        });

    private static Task<int> ReportOfAsync(AppDbContext db, string agencyKey) =>
        db.Reports.Where(r => r.Agency!.Key == agencyKey).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();

    /// <summary>An account of that agency which no test signs in with: locking or editing it is harmless.</summary>
    private async Task<string> SpareUserAsync(string agencyKey)
    {
        if (!_spareUsers.TryGetValue(agencyKey, out var id))
        {
            var email = "matrix." + agencyKey.Replace(':', '.') + "@hoctap.local";
            id = _spareUsers[agencyKey] = await Factory.CreateUserAsync(email, Roles.CommuneOfficer, agencyKey);
        }

        return id;
    }

    private async Task<int> AttachmentAsync(int reportId, string tag)
    {
        var stored = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Factory.Folder, "uploads");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, stored), "%PDF-1.4 " + tag);
        return await Factory.WithDbAsync(async db =>
        {
            var attachment = new ReportAttachment
            {
                ReportId = reportId, FileName = tag + ".pdf", StoredName = stored, ContentType = "application/pdf", Size = 9 + tag.Length,
                UploadedAt = Factory.Clock.GetUtcNow(), UploadedBy = "matrix",
            };
            db.ReportAttachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });
    }

    private Task<int> NotificationAsync(string userId, string tag) =>
        Factory.WithDbAsync(async db =>
        {
            var notification = new Notification
            {
                UserId = userId, Key = "matrix:" + tag, Title = "Thông báo thử " + tag, CreatedAt = Factory.Clock.GetUtcNow(),
            };
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    private async Task<int> ExportJobAsync(string userId, string tag, int periodId, int unitId)
    {
        var stored = Guid.NewGuid().ToString("N") + ".xlsx";
        var path = Factory.Services.GetRequiredService<Web.Features.Exports.ExportFiles>().PathOf(stored);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "matrix " + tag);
        return await Factory.WithDbAsync(async db =>
        {
            var job = new ExportJob
            {
                UserId = userId, Kind = ExportKind.ConsolidatedExcel, PeriodId = periodId, UnitId = unitId, State = ExportState.Done, Progress = 100,
                Title = "Tệp thử " + tag, FileName = tag + ".xlsx", StoredFile = stored, CreatedAt = Factory.Clock.GetUtcNow(), FinishedAt = Factory.Clock.GetUtcNow(),
            };
            db.ExportJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
    }
}
