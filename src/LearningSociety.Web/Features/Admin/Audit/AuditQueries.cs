using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Audit;

/// <summary>The audit log, newest first, 50 lines a page, in a bounded number of queries whatever its size.</summary>
public sealed class AuditQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditListModel> ListAsync(AuditFilter filter, AuditRange range, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            // Accounts are few: match names and e-mails without accents here, then find their lines by id.
            // Sign-in lines carry no id, only the e-mail that was typed, hence the LIKE on the stored name.
            var folded = VietnameseText.Fold(filter.User);
            var accounts = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(ct);
            var ids = accounts.Where(u => VietnameseText.Fold($"{u.FullName} {u.Email}").Contains(folded, StringComparison.Ordinal)).Select(u => u.Id).ToList();
            var like = "%" + EscapeLike(filter.User.Trim()) + "%";
            var userType = AuditSubject.User.Code;
            query = query.Where(a => (a.UserId != null && ids.Contains(a.UserId))
                || EF.Functions.Like(a.UserName, like, "\\")
                || (a.EntityType == userType && a.EntityId != null && ids.Contains(a.EntityId)));
        }

        if (filter.Action is { Length: > 0 } action)
        {
            if (action.EndsWith('*'))
            {
                var prefix = action[..^1];
                query = query.Where(a => a.Action.StartsWith(prefix));
            }
            else
            {
                query = query.Where(a => a.Action == action);
            }
        }

        if (range.FromUtc is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (range.ToUtcExclusive is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var entityId = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == entityId);
        }

        var total = await query.CountAsync(ct);
        var pages = Pager.PageCount(total, PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await EntityNamesAsync(entries, ct);
        return new AuditListModel(filter, [.. entries.Select(e => ToRow(e, names))], total, page, pages);
    }

    private static AuditListModel.Row ToRow(AuditEntry e, IReadOnlyDictionary<(string, string), string> names)
    {
        var name = e.EntityType is not null && e.EntityId is not null ? names.GetValueOrDefault((e.EntityType, e.EntityId)) : null;
        var (label, url) = (e.EntityType, e.EntityId) switch
        {
            ("Report", { } id) => ($"Báo cáo số {id}", $"~/Reports/Edit/{id}"),
            ("User", { } id) => ($"Tài khoản {name ?? id}", $"~/Admin/Users/Edit/{id}"),
            ("Agency", { } id) => ($"Cơ quan {name ?? id}", $"~/Agencies/Details/{id}"),
            ("Unit", { } id) => ($"Đơn vị {name ?? id}", $"~/Units?id={id}"),
            ({ } type, { } id) => ($"{AuditSubject.LabelOf(type)} {id}", (string?)null),
            _ => ((string?)null, (string?)null),
        };
        return new AuditListModel.Row(
            e.Id,
            VietnamTime.ToVietnam(e.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            e.UserName,
            e.Action,
            AuditActions.Label(e.Action),
            label,
            url,
            e.Details);
    }

    /// <summary>Names of the accounts, agencies and units on this page: one query per kind, not per line.</summary>
    private async Task<IReadOnlyDictionary<(string, string), string>> EntityNamesAsync(List<AuditEntry> entries, CancellationToken ct)
    {
        List<string> Ids(string type) => [.. entries.Where(e => e.EntityType == type && e.EntityId != null).Select(e => e.EntityId!).Distinct()];
        List<int> IntIds(string type) => [.. Ids(type).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0)];

        var names = new Dictionary<(string, string), string>();
        var userIds = Ids("User");
        if (userIds.Count > 0)
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct))
            {
                names[("User", u.Id)] = u.Email ?? u.Id;
            }
        }

        var agencyIds = IntIds("Agency");
        if (agencyIds.Count > 0)
        {
            foreach (var a in await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            {
                names[("Agency", a.Id.ToString(CultureInfo.InvariantCulture))] = a.Name;
            }
        }

        var unitIds = IntIds("Unit");
        if (unitIds.Count > 0)
        {
            foreach (var u in await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            {
                names[("Unit", u.Id.ToString(CultureInfo.InvariantCulture))] = u.Name;
            }
        }

        return names;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
