using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Adds an agency to the directory from the plan editor, within the units the plan concerns.</summary>
public sealed class AgencyCommands(AppDbContext db, AuditLog audit, PlanEditorQueries queries)
{
    public async Task<(ChangeOutcome Outcome, IReadOnlyList<(string Field, string Message)> Problems, int? Id)> CreateAsync(
        int planId, AgencyInput input, UserScope user, CancellationToken ct)
    {
        var plan = await queries.LoadAsync(planId, user, ct);
        if (!plan.Ok)
        {
            return (plan.Plan is null ? ChangeOutcome.NotFound : ChangeOutcome.Forbidden, [], null);
        }

        var problems = new List<(string, string)>();
        var name = ChangeText.Clean(input.Name);
        var shortName = ChangeText.Clean(input.ShortName);
        if (name is null)
        {
            problems.Add((nameof(input.Name), "Nhập tên đầy đủ của cơ quan, ví dụ “Sở Văn hóa, Thể thao và Du lịch tỉnh Long An”."));
        }
        else if (name.Length > 300)
        {
            problems.Add((nameof(input.Name), "Tên dài quá 300 ký tự."));
        }

        if (shortName?.Length > 150)
        {
            problems.Add((nameof(input.ShortName), "Tên viết tắt dài quá 150 ký tự."));
        }

        var unitIds = (await queries.AgencyUnitsAsync(plan.Plan!, ct)).Select(u => u.Id).ToHashSet();
        var unit = input.UnitId is { } uid && unitIds.Contains(uid) ? await db.Units.SingleAsync(u => u.Id == uid, ct) : null;
        if (unit is null)
        {
            problems.Add((nameof(input.UnitId), "Chọn đơn vị hành chính của cơ quan."));
        }

        if (problems.Count > 0)
        {
            return (ChangeOutcome.Invalid, problems, null);
        }

        var folded = VietnameseText.Fold(name!);
        var sameUnit = await db.Agencies.AsNoTracking().Where(a => a.UnitId == unit!.Id).Select(a => a.Name).ToListAsync(ct);
        if (sameUnit.Any(a => VietnameseText.Fold(a) == folded))
        {
            return (ChangeOutcome.Invalid, [(nameof(input.Name), $"Danh mục đã có “{name}” ở {unit!.Name}: hãy chọn cơ quan đó trong danh sách.")], null);
        }

        // The key as the seeds and the reform write it: "80:slug" before 1/7/2025, "80/2025:slug" for a unit since.
        var stem = ReformBodies.KeyOf(unit!, VietnameseText.Slug(shortName ?? name!) is { Length: > 0 } slug ? slug : "co-quan");
        stem = stem.Length > 90 ? stem[..90] : stem;
        var prefix = stem;
        var taken = (await db.Agencies.AsNoTracking().Where(a => a.Key.StartsWith(prefix)).Select(a => a.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var agency = new Agency
        {
            Key = UniqueKey(stem, taken),
            Name = name!,
            ShortName = shortName,
            Kind = Enum.IsDefined(input.Kind) ? input.Kind : AgencyKind.Other,
            UnitId = unit!.Id,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        audit.Add(user, AuditAction.AgencyCreate, AuditSubject.Agency, agency.Id, $"{agency.Name} ({unit.Name}), thêm khi sửa kế hoạch {plan.Plan!.DocumentNumber}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (ChangeOutcome.Saved, [], agency.Id);
    }

    /// <summary>The stem, or the stem with "-2", "-3"… when another agency holds it.</summary>
    private static string UniqueKey(string stem, IReadOnlySet<string> taken)
    {
        var key = stem;
        for (var n = 2; taken.Contains(key); n++)
        {
            key = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return key;
    }
}
