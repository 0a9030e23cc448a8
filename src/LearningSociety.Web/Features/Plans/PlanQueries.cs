using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// Read side of plans. Plans in force are public documents: every signed-in user may read them;
/// drafts only those who may edit them (<see cref="PlanAuthoring"/>).
/// </summary>
public sealed class PlanQueries(AppDbContext db, TimeProvider clock, IConfiguration configuration, UserScopeProvider scope, FreshCache cache)
{
    /// <summary>Kept until the next write for everyone with the same access and the same filter (<see cref="FreshCache"/>).</summary>
    public async Task<PlanListModel> ListAsync(PlanFilter filter, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        return await cache.GetOrCreateAsync($"plans|{user.AccessKey}|{filter}", () => ListUncachedAsync(user, filter, ct));
    }

    private async Task<PlanListModel> ListUncachedAsync(UserScope user, PlanFilter filter, CancellationToken ct)
    {
        var readable = db.Plans.AsNoTracking().ReadableBy(user);
        var query = readable;
        if (filter.Issuer is { } issuer)
        {
            query = query.Where(p => p.IssuerId == issuer);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.PeriodStartYear <= year && year <= p.PeriodEndYear);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        // Accent-insensitive phrase search: both sides folded, so "xoa mu chu" finds "xóa mù chữ".
        var phrase = VietnameseText.Fold(filter.Q ?? "");
        if (phrase.Length > 0)
        {
            query = query.Where(p => p.SearchText.Contains(phrase));
        }

        var rows = await query
            .OrderByDescending(p => p.IssuedOn)
            .Select(p => new PlanListModel.Row(
                p.Id,
                (p.Number ?? "…") + "/" + p.Symbol,
                p.IssuedOn,
                p.IssuedOnDayKnown,
                p.Issuer!.Name,
                p.Title,
                p.Level,
                p.Kind,
                p.PeriodStartYear,
                p.PeriodEndYear,
                p.Status,
                p.Items.Count(i => i.IsTask),
                p.Targets.Count))
            .ToListAsync(ct);

        var issuers = await readable
            .Select(p => new PlanListModel.Option(p.IssuerId, p.Issuer!.Name))
            .Distinct()
            .ToListAsync(ct);
        var spans = await readable.Select(p => new { p.PeriodStartYear, p.PeriodEndYear }).ToListAsync(ct);
        var years = spans.SelectMany(s => Enumerable.Range(s.PeriodStartYear, s.PeriodEndYear - s.PeriodStartYear + 1))
            .Distinct().OrderDescending().ToList();
        return new PlanListModel(filter, rows, [.. issuers.OrderBy(i => i.Name, StringComparer.Create(PortalServices.Vietnamese, false))], years)
        {
            CanCreate = PlanAuthoring.MayAuthor(user),
        };
    }

    public async Task<PlanDetailsModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var user = await scope.GetAsync(ct);
        var plan = await db.Plans.AsNoTracking().ReadableBy(user).WithEverything()
            .Include(p => p.LegalBasis).ThenInclude(r => r.ReferencedPlan)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return null;
        }

        var implementedBy = await db.LegalReferences.AsNoTracking()
            .Where(r => r.ReferencedPlanId == id)
            .Join(db.Plans, r => r.PlanId, p => p.Id, (r, p) => new PlanDetailsModel.Reference(p.Id, (p.Number ?? "…") + "/" + p.Symbol, p.Title))
            .Distinct()
            .ToListAsync(ct);

        // A no-tracking query does not wire the self-reference, so the tree is assembled here.
        var byId = plan.Items.ToDictionary(i => i.Id);
        foreach (var item in plan.Items.Where(i => i.ParentId is not null).OrderBy(i => i.SortOrder))
        {
            byId[item.ParentId!.Value].Children.Add(item);
        }

        var roots = plan.Items.Where(i => i.ParentId is null).OrderBy(i => i.SortOrder).ToList();
        var revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id).ToListAsync(ct);

        return new PlanDetailsModel(
            plan,
            roots,
            [.. plan.Phases.OrderBy(p => p.Start).Select(p => new PhaseWindow(p.Name, p.Start, p.End))],
            implementedBy,
            VietnamTime.Today(clock),
            plan.Items.Count(i => i.IsTask),
            plan.Items.Sum(i => i.Assignments.Count),
            plan.Items.Count(i => i.Deadline is not null))
        {
            Revisions = revisions,
            CanEdit = PlanAuthoring.CanEdit(user, plan.Unit!.Path),
        };
    }

    public async Task<PlanSourceModel?> SourceAsync(int id, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().ReadableBy(await scope.GetAsync(ct))
            .Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Number, p.Symbol, p.Title, p.SourceFile })
            .SingleOrDefaultAsync(ct);
        if (plan?.SourceFile is null)
        {
            return null;
        }

        // Only a bare file name from the database is used, so no path can escape the seeds folder.
        var path = Path.Combine(DatabaseInitializer.SeedsPath(configuration), Path.GetFileName(plan.SourceFile));
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : "(Không tìm thấy tệp văn bản gốc trên máy chủ.)";
        return new PlanSourceModel(plan.Id, (plan.Number ?? "…") + "/" + plan.Symbol, plan.Title, plan.SourceFile, text);
    }
}
