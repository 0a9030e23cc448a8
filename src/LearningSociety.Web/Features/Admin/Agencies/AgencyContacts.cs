using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Agencies;

/// <summary>The agencies' short names and contacts, which feed the reviewers' chase lists.</summary>
public sealed class AgencyContacts(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 50;
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    public async Task<ContactListModel> ListAsync(AdminSearch search, CancellationToken ct)
    {
        var query = db.Agencies.AsNoTracking();
        if (search.Missing)
        {
            query = query.Where(a => a.ContactName == null && a.ContactPhone == null && a.ContactEmail == null);
        }

        var today = Domain.Deadlines.VietnamTime.Today(clock);
        if (!search.Ended)
        {
            query = query.Where(a => (a.ValidFrom == null || a.ValidFrom <= today) && (a.ValidTo == null || a.ValidTo >= today));
        }

        var rows = await query
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, Unit = a.Unit!.Name, a.ContactName, a.ContactPhone, a.ContactEmail, a.Kind,
                Term = new AgencyLifetime.Term(a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name),
            })
            .ToListAsync(ct);

        // A few thousand short names at most: the accent-insensitive match runs here rather than in SQL.
        var folded = VietnameseText.Fold(search.Q ?? "");
        var matched = rows
            .Where(r => folded.Length == 0 || VietnameseText.Fold($"{r.Name} {r.ShortName} {r.Unit} {r.ContactName} {r.ContactEmail}").Contains(folded, StringComparison.Ordinal))
            .OrderBy(r => r.Name, Vietnamese).ThenBy(r => r.Unit, Vietnamese)
            .ToList();
        var pages = Pager.PageCount(matched.Count, PageSize);
        var page = Math.Clamp(search.Page, 1, pages);
        return new ContactListModel(
            search,
            [.. matched.Skip((page - 1) * PageSize).Take(PageSize).Select(r => new ContactRow(
                r.Id, r.ShortName is null ? r.Name : $"{r.Name} ({r.ShortName})", AgencyLifetime.Label(r.Unit, r.Term, today),
                r.ContactName, r.ContactPhone, r.ContactEmail, r.Kind == Domain.Agencies.AgencyKind.Group))],
            matched.Count,
            page,
            pages);
    }

    /// <summary>The form for one agency; with <paramref name="posted"/>, what was typed is kept and only the labels are filled in.</summary>
    public async Task<AgencyContactForm?> FormAsync(int id, AgencyContactForm? posted, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Name, a.ShortName, a.Kind, a.UnitId, Unit = a.Unit!.Name, a.ContactName, a.ContactPhone, a.ContactEmail, a.SuccessorId,
                Term = new AgencyLifetime.Term(a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name),
            })
            .SingleOrDefaultAsync(ct);
        if (agency is null)
        {
            return null;
        }

        var form = posted ?? new AgencyContactForm
        {
            ShortName = agency.ShortName,
            ContactName = agency.ContactName,
            ContactPhone = agency.ContactPhone,
            ContactEmail = agency.ContactEmail,
        };
        form.Id = agency.Id;
        form.Name = agency.Name;
        form.Unit = agency.Unit;
        form.UnitId = agency.UnitId;
        form.Kind = Display.AgencyKind(agency.Kind);
        form.IsGroup = agency.Kind == Domain.Agencies.AgencyKind.Group;
        form.SuccessorId = agency.SuccessorId;
        var today = Domain.Deadlines.VietnamTime.Today(clock);
        form.Lifetime = string.Join(" · ", new[] { AgencyLifetime.Period(agency.Term.ValidFrom, agency.Term.ValidTo), AgencyLifetime.Note(agency.Term, today) }
            .Where(p => p is not null).Distinct());
        return form;
    }

    /// <summary>Null when there is no such agency; otherwise whether anything changed.</summary>
    public async Task<bool?> SaveAsync(int id, AgencyContactForm form, UserScope actor, CancellationToken ct)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return null;
        }

        var shortName = FormText.Clean(form.ShortName);
        var name = FormText.Clean(form.ContactName);
        var phone = FormText.Clean(form.ContactPhone);
        var email = FormText.Clean(form.ContactEmail);
        var changes = new ChangeList()
            .Add("Tên viết tắt", agency.ShortName, shortName)
            .Add("Người liên hệ", agency.ContactName, name)
            .Add("Điện thoại", agency.ContactPhone, phone)
            .Add("Thư điện tử", agency.ContactEmail, email);
        if (!changes.Any)
        {
            return false;
        }

        (agency.ShortName, agency.ContactName, agency.ContactPhone, agency.ContactEmail) = (shortName, name, phone, email);
        audit.Add(actor, AuditAction.AgencyContact, AuditSubject.Agency, agency.Id, changes.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
