using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Units;

/// <summary>The contact of each administrative unit, shown on its page and used to chase its reports.</summary>
public sealed class UnitContacts(AppDbContext db, AuditLog audit)
{
    public const int PageSize = 50;

    public async Task<ContactListModel> ListAsync(AdminSearch search, CancellationToken ct)
    {
        var query = db.Units.AsNoTracking();
        if (search.Missing)
        {
            query = query.Where(u => u.ContactName == null && u.ContactPhone == null && u.ContactEmail == null);
        }

        var rows = await query
            .Select(u => new { u.Id, u.Code, u.Name, u.UnitType, u.Level, u.Path, u.ValidFrom, u.ValidTo, u.ContactName, u.ContactPhone, u.ContactEmail })
            .ToListAsync(ct);

        // Units of a few provinces, in both the old and the new lists: matched here, without accents.
        var folded = VietnameseText.Fold(search.Q ?? "");
        var matched = rows
            .Where(r => folded.Length == 0 || r.Code == search.Q?.Trim()
                || VietnameseText.Fold($"{r.Name} {r.ContactName} {r.ContactEmail}").Contains(folded, StringComparison.Ordinal))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var pages = Pager.PageCount(matched.Count, PageSize);
        var page = Math.Clamp(search.Page, 1, pages);
        return new ContactListModel(
            search,
            [.. matched.Skip((page - 1) * PageSize).Take(PageSize).Select(r => new ContactRow(
                r.Id, r.Name, Detail(r.UnitType, r.Level, r.Code, r.ValidFrom, r.ValidTo), r.ContactName, r.ContactPhone, r.ContactEmail))],
            matched.Count,
            page,
            pages);
    }

    public async Task<UnitContactForm?> FormAsync(int id, UnitContactForm? posted, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.Code, u.Name, u.UnitType, u.Level, u.ValidFrom, u.ValidTo, u.ContactName, u.ContactPhone, u.ContactEmail })
            .SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var form = posted ?? new UnitContactForm { ContactName = unit.ContactName, ContactPhone = unit.ContactPhone, ContactEmail = unit.ContactEmail };
        form.Id = unit.Id;
        form.Name = unit.Name;
        form.Detail = Detail(unit.UnitType, unit.Level, unit.Code, unit.ValidFrom, unit.ValidTo);
        return form;
    }

    /// <summary>Null when there is no such unit; otherwise whether anything changed.</summary>
    public async Task<bool?> SaveAsync(int id, UnitContactForm form, UserScope actor, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return null;
        }

        var name = FormText.Clean(form.ContactName);
        var phone = FormText.Clean(form.ContactPhone);
        var email = FormText.Clean(form.ContactEmail);
        var changes = new ChangeList()
            .Add("Người liên hệ", unit.ContactName, name)
            .Add("Điện thoại", unit.ContactPhone, phone)
            .Add("Thư điện tử", unit.ContactEmail, email);
        if (!changes.Any)
        {
            return false;
        }

        (unit.ContactName, unit.ContactPhone, unit.ContactEmail) = (name, phone, email);
        audit.Add(actor, AuditAction.UnitContact, AuditSubject.Unit, unit.Id, changes.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Detail(string unitType, UnitLevel level, string code, DateOnly from, DateOnly? to) =>
        $"{unitType} ({Display.Level(level)}) · mã {code} · "
        + (from == DateOnly.MinValue ? "trước 01/07/2025" : "từ " + Display.Date(from))
        + (to is { } t ? " đến " + Display.Date(t) : "");
}
