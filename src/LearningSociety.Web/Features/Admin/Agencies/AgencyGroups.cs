using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Admin.Agencies;

/// <summary>Creating and editing group agencies in the browser: the rule that gives their members, their lifetime, their successor.</summary>
public sealed class AgencyGroups(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int FirstMembers = 5;
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    /// <summary>The form for a new group (<paramref name="id"/> null) or an existing one; null when there is no such group.</summary>
    public async Task<AgencyGroupForm?> FormAsync(int? id, AgencyGroupForm? posted, CancellationToken ct)
    {
        var form = posted;
        if (id is { } gid)
        {
            var group = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == gid && a.Kind == AgencyKind.Group, ct);
            if (group is null)
            {
                return null;
            }

            form ??= new AgencyGroupForm
            {
                Name = group.Name, ShortName = group.ShortName, UnitId = group.UnitId, MemberLevel = group.MemberLevel,
                ValidFrom = group.ValidFrom, ValidTo = group.ValidTo, SuccessorId = group.SuccessorId,
            };
        }

        form ??= new AgencyGroupForm { MemberLevel = UnitLevel.Commune };
        form.Id = id;
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Level != UnitLevel.Commune && ((u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today)) || u.Id == form.UnitId))
            .Select(u => new { u.Id, u.Name, u.Level, u.Path, u.ValidTo })
            .ToListAsync(ct);
        form.Units = [.. units.OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => new EditorOption(
            u.Id, u.Name + (u.ValidTo is { } to ? $" (đến {Display.Date(to)})" : ""), (int)u.Level - 1))];
        // Who can take over a group: another group, or a body of a province (a Sở, the UBND tỉnh).
        var successors = await db.Agencies.AsNoTracking()
            .Where(a => a.Id != id && (a.Kind == AgencyKind.Group || a.Unit!.Level == UnitLevel.Province || a.Id == form.SuccessorId))
            .Select(a => new { a.Id, a.Name, Term = new AgencyLifetime.Term(a.Name, a.ValidFrom, a.ValidTo, a.Successor!.ShortName ?? a.Successor.Name) })
            .ToListAsync(ct);
        form.Successors = [.. successors.OrderBy(s => s.Name, Vietnamese).Select(s => new EditorOption(s.Id, AgencyLifetime.Label(s.Name, s.Term, today)))];
        form.Members = form.UnitId is { } unitId && form.MemberLevel is { } level ? await MembersAsync(unitId, level, today, ct) : null;
        return form;
    }

    /// <summary>Saves the group: its id, or the problems by field (nothing saved); NotFound when editing a group that does not exist.</summary>
    public async Task<(int? Id, IReadOnlyList<(string Field, string Message)> Problems, bool NotFound)> SaveAsync(
        int? id, AgencyGroupForm form, UserScope actor, CancellationToken ct)
    {
        Agency? group = null;
        if (id is { } gid)
        {
            group = await db.Agencies.SingleOrDefaultAsync(a => a.Id == gid && a.Kind == AgencyKind.Group, ct);
            if (group is null)
            {
                return (null, [], true);
            }
        }

        var problems = new List<(string, string)>();
        var name = FormText.Clean(form.Name);
        var shortName = FormText.Clean(form.ShortName);
        var unit = form.UnitId is { } uid ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uid, ct) : null;
        if (unit is null)
        {
            problems.Add((nameof(form.UnitId), "Chọn đơn vị hành chính mà nhóm thuộc về."));
        }

        if (form.MemberLevel is { } level)
        {
            if (!Enum.IsDefined(level))
            {
                problems.Add((nameof(form.MemberLevel), "Chọn cấp của các đơn vị thành viên."));
            }
            else if (unit is not null && level <= unit.Level)
            {
                problems.Add((nameof(form.MemberLevel), $"Thành viên phải là đơn vị cấp dưới của {unit.Name}: chọn cấp thấp hơn {Display.Level(unit.Level).ToLower(Setup.PortalServices.Vietnamese)}."));
            }
        }

        var (from, to) = (form.ValidFrom, form.ValidTo);
        if (from is { } f && to is { } t && f > t)
        {
            problems.Add((nameof(form.ValidTo), "Ngày kết thúc không được trước ngày bắt đầu hoạt động."));
        }

        Agency? successor = null;
        if (form.SuccessorId is { } sid)
        {
            successor = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == sid, ct);
            if (successor is null || sid == id)
            {
                problems.Add((nameof(form.SuccessorId), "Cơ quan kế thừa phải là một cơ quan khác trong danh mục."));
            }
            else if (successor.ValidTo is { } end && (to is null || end < to))
            {
                problems.Add((nameof(form.SuccessorId), $"{successor.Name} kết thúc ngày {Display.Date(end)}, trước khi nhóm này kết thúc: không thể kế thừa nhóm."));
            }
        }

        if (name is not null && unit is not null)
        {
            var folded = VietnameseText.Fold(name);
            var sameUnit = await db.Agencies.AsNoTracking().Where(a => a.UnitId == unit.Id && a.Id != id).Select(a => a.Name).ToListAsync(ct);
            if (sameUnit.Any(n => VietnameseText.Fold(n) == folded))
            {
                problems.Add((nameof(form.Name), $"{unit.Name} đã có cơ quan, nhóm tên “{name}”."));
            }
        }

        if (problems.Count > 0 || name is null || unit is null)
        {
            return (null, problems, false);
        }

        var changes = new ChangeList()
            .Add("Tên", group?.Name, name)
            .Add("Tên viết tắt", group?.ShortName, shortName)
            .Add("Thuộc đơn vị", group is null ? null : await UnitNameAsync(group.UnitId, ct), unit.Name)
            .Add("Thành viên", group is null ? null : Rule(group.MemberLevel), Rule(form.MemberLevel))
            .Add("Hoạt động từ", Display.Date(group?.ValidFrom), Display.Date(from))
            .Add("Đến", Display.Date(group?.ValidTo), Display.Date(to))
            .Add("Kế thừa", group?.SuccessorId is { } old ? await db.Agencies.Where(a => a.Id == old).Select(a => a.Name).SingleAsync(ct) : null, successor?.Name);
        if (group is not null && !changes.Any)
        {
            return (group.Id, [], false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (group is null)
        {
            group = new Agency { Key = await KeyAsync(unit, name, ct), Name = name, Kind = AgencyKind.Group, UnitId = unit.Id };
            db.Agencies.Add(group);
        }

        group.Name = name;
        group.ShortName = shortName;
        group.UnitId = unit.Id;
        group.MemberLevel = form.MemberLevel;
        group.ValidFrom = from;
        group.ValidTo = to;
        group.SuccessorId = successor?.Id;
        await db.SaveChangesAsync(ct);
        audit.Add(actor, id is null ? AuditAction.AgencyGroupCreate : AuditAction.AgencyGroupEdit, AuditSubject.Agency, group.Id, changes.ToString());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (group.Id, [], false);
    }

    /// <summary>The People's Committees of every unit of <paramref name="level"/> under the unit, valid on <paramref name="day"/>.</summary>
    private async Task<(int Count, IReadOnlyList<string> First)> MembersAsync(int unitId, UnitLevel level, DateOnly day, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(ct);
        if (path is null)
        {
            return (0, []);
        }

        var units = db.Units.Where(u => u.Level == level && u.Path.StartsWith(path) && u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day))
            .Select(u => u.Id);
        var members = db.Agencies.AsNoTracking().Where(a => a.Kind == AgencyKind.PeoplesCommittee && units.Contains(a.UnitId)
            && (a.ValidFrom == null || a.ValidFrom <= day) && (a.ValidTo == null || a.ValidTo >= day));
        var count = await members.CountAsync(ct);
        var first = await members.OrderBy(a => a.Unit!.Code).Select(a => a.ShortName ?? a.Name).Take(FirstMembers).ToListAsync(ct);
        return (count, first);
    }

    public static string Rule(UnitLevel? level) => level is { } l
        ? $"UBND các đơn vị {Display.Level(l).ToLower(Setup.PortalServices.Vietnamese)} trực thuộc, còn hiệu lực vào ngày chốt số liệu của kỳ"
        : "Nhóm có tên, báo cáo như một cơ quan";

    private async Task<string?> UnitNameAsync(int unitId, CancellationToken ct) =>
        await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);

    /// <summary>"&lt;unit key prefix&gt;:nhom-&lt;slug&gt;", unique.</summary>
    private async Task<string> KeyAsync(AdministrativeUnit unit, string name, CancellationToken ct)
    {
        var stem = ReformBodies.KeyOf(unit, "nhom-" + VietnameseText.Slug(name));
        stem = stem.Length > 90 ? stem[..90] : stem;
        var prefix = stem.Length > 0 ? stem : "nhom";
        var taken = (await db.Agencies.AsNoTracking().Where(a => a.Key.StartsWith(prefix)).Select(a => a.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var key = stem;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return key;
    }
}
