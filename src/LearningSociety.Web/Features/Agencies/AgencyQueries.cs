using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Agencies;

public sealed class AgencyQueries(AppDbContext db, TimeProvider clock)
{
    private const int PageSize = 50;

    public async Task<AgencyListModel> ListAsync(AgencyFilter filter, CancellationToken ct)
    {
        var query = db.Agencies.AsNoTracking();
        if (!filter.All)
        {
            query = query.Where(a => db.TaskAssignments.Any(t => t.AgencyId == a.Id)
                || db.ReportingRules.Any(r => r.FromAgencyId == a.Id || r.ToAgencyId == a.Id)
                || db.Plans.Any(p => p.IssuerId == a.Id));
        }

        var today = VietnamTime.Today(clock);
        if (!filter.Ended)
        {
            query = query.Where(a => (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        var rows = await query
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.ShortName,
                a.Kind,
                Unit = a.Unit!.Name,
                a.UnitId,
                Tasks = db.TaskAssignments.Count(t => t.AgencyId == a.Id),
                a.ContactName,
                a.ContactPhone,
                a.ContactEmail,
                a.ValidFrom,
                a.ValidTo,
                a.SuccessorId,
                Successor = a.Successor!.Name,
            })
            .ToListAsync(ct);

        // Names are few and short: the accent-insensitive match runs here rather than in SQL.
        var folded = VietnameseText.Fold(filter.Q ?? "");
        var matched = rows
            .Where(r => folded.Length == 0 || VietnameseText.Fold(r.Name + " " + r.ShortName + " " + r.Unit).Contains(folded, StringComparison.Ordinal))
            .OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        // Clamped to the pages that exist: a huge page number from a crafted link must not overflow the offset.
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matched.Count + PageSize - 1) / PageSize));
        return new AgencyListModel(
            filter,
            [.. matched.Skip((page - 1) * PageSize).Take(PageSize).Select(r => new AgencyListModel.Row(
                r.Id, r.Name, r.ShortName, Display.AgencyKind(r.Kind), r.Unit, r.UnitId, r.Tasks, Contact(r.ContactName, r.ContactPhone, r.ContactEmail),
                Lifetime(r.ValidFrom, r.ValidTo, r.SuccessorId, r.Successor, today)))],
            matched.Count,
            PageSize);
    }

    public async Task<AgencyDetailsModel?> DetailsAsync(int id, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, a.Kind, a.UnitId, Unit = a.Unit!.Name, a.ContactName, a.ContactPhone, a.ContactEmail,
                a.ValidFrom, a.ValidTo, a.SuccessorId, Successor = a.Successor!.Name,
            })
            .SingleOrDefaultAsync(ct);
        if (agency is null)
        {
            return null;
        }

        var tasks = await db.TaskAssignments.AsNoTracking().Where(t => t.AgencyId == id)
            .Join(db.PlanItems, t => t.PlanItemId, i => i.Id, (t, i) => new { t.Role, Item = i })
            // Drafts are not published yet: their assignments are not the agency's tasks.
            .Join(db.Plans.Where(p => p.Status != PlanStatus.Draft), x => x.Item.PlanId, p => p.Id, (x, p) => new
            {
                PlanId = p.Id,
                Plan = (p.Number ?? "…") + "/" + p.Symbol,
                x.Item.Number,
                x.Item.Title,
                x.Item.SortOrder,
                x.Role,
                x.Item.Deadline,
            })
            .ToListAsync(ct);
        var reports = await db.ReportingRules.AsNoTracking()
            .Where(r => (r.FromAgencyId == id || r.ToAgencyId == id) && db.Plans.Any(p => p.Id == r.PlanId && p.Status != PlanStatus.Draft))
            .Select(r => new
            {
                r.PlanId,
                Plan = db.Plans.Where(p => p.Id == r.PlanId).Select(p => (p.Number ?? "…") + "/" + p.Symbol).Single(),
                Sends = r.FromAgencyId == id,
                From = r.FromAgency!.Name,
                To = r.ToAgency!.Name,
                r.Frequency,
            })
            .ToListAsync(ct);

        return new AgencyDetailsModel(
            agency.Id,
            agency.Name,
            agency.ShortName,
            Display.AgencyKind(agency.Kind),
            agency.UnitId,
            agency.Unit,
            Contact(agency.ContactName, agency.ContactPhone, agency.ContactEmail),
            Lifetime(agency.ValidFrom, agency.ValidTo, agency.SuccessorId, agency.Successor, VietnamTime.Today(clock)),
            [.. tasks.OrderBy(t => t.PlanId).ThenBy(t => t.SortOrder)
                .Select(t => new AgencyDetailsModel.Task(t.PlanId, t.Plan, t.Number, t.Title, t.Role, t.Deadline?.ToRule().Describe()))],
            [.. reports.Select(r => new AgencyDetailsModel.Report(r.PlanId, r.Plan, r.Sends ? "Gửi báo cáo đến" : "Nhận báo cáo từ", r.Sends ? r.To : r.From, Display.Frequency(r.Frequency)))]);
    }

    private static AgencyListModel.Lifetime Lifetime(DateOnly? from, DateOnly? to, int? successorId, string? successor, DateOnly today) =>
        new(AgencyLifetime.Period(from, to), to < today, successorId, successor);

    private static string? Contact(string? name, string? phone, string? email)
    {
        var parts = new[] { name, phone, email }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
