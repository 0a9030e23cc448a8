using LearningSociety.Domain.Text;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.UnitLists;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Gives agencies the lifetimes of their units, idempotently, after any unit list or plan is loaded:
/// the bodies of units that ended (UBND huyện, Phòng GD&amp;ĐT huyện, the Sở of a merged province…) end
/// with them and name the body that took over where the succession data implies one; every current
/// province gets its UBND tỉnh, Sở GD&amp;ĐT and the groups plans address ("UBND các xã, phường tỉnh …",
/// "Các sở, ban, ngành tỉnh …"). Nothing is deleted and nothing already set by a person is overwritten.
/// </summary>
public sealed class ReformBodies(AppDbContext db)
{
    public const string EducationSlug = "so-gddt";
    public const string CommunesGroupSlug = "ubnd-cap-xa";
    public const string DepartmentsGroupSlug = "so-ban-nganh";

    public sealed record Result(int Created, int Ended, int SuccessorsLinked);

    private sealed record UnitRow(int Id, string Code, string Name, UnitLevel Level, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo);

    public Task<Result> ApplyAsync(CancellationToken ct = default) => ApplyAsync(null, ct);

    /// <summary>As <see cref="ApplyAsync(CancellationToken)"/>, recording each body created or ended, by province, in <paramref name="changes"/>.</summary>
    public async Task<Result> ApplyAsync(UnitImportChanges? changes, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Level, u.ParentId, u.ValidFrom, u.ValidTo))
            .ToDictionaryAsync(u => u.Id, ct);
        var successors = (await db.UnitSuccessions.AsNoTracking()
                .Select(s => new { s.PredecessorId, s.SuccessorId, s.IsFull }).ToListAsync(ct))
            .ToLookup(s => s.PredecessorId, s => (s.SuccessorId, s.IsFull));
        var agencies = await db.Agencies.ToListAsync(ct);
        var byKey = agencies.ToDictionary(a => a.Key, StringComparer.Ordinal);

        var created = 0;
        var current = units.Values.Where(u => u.ValidTo is null).ToList();
        foreach (var province in current.Where(u => u.Level == UnitLevel.Province))
        {
            var place = VietnameseText.LowerFirst(province.Name);
            var from = StartOf(province);
            var children = current.Where(u => u.ParentId == province.Id).Select(u => u.Name).ToList();
            var kinds = new[] { ("Xã ", "xã"), ("Phường ", "phường"), ("Đặc khu ", "đặc khu") }
                .Where(k => children.Any(n => n.StartsWith(k.Item1, StringComparison.Ordinal))).Select(k => k.Item2).ToList();
            var members = kinds.Count > 0 ? string.Join(", ", kinds) : "xã, phường";

            var made = new[]
            {
                Ensure(byKey, agencies, KeyOf(province, "ubnd"), province, from, AgencyKind.PeoplesCommittee, null,
                    "Ủy ban nhân dân " + place, "UBND " + place),
                Ensure(byKey, agencies, KeyOf(province, EducationSlug), province, from, AgencyKind.Department, null,
                    "Sở Giáo dục và Đào tạo " + place, "Sở GD&ĐT " + place),
                Ensure(byKey, agencies, KeyOf(province, CommunesGroupSlug), province, from, AgencyKind.Group, UnitLevel.Commune,
                    $"Ủy ban nhân dân các {members} {place}", $"UBND các {members} {place}"),
                Ensure(byKey, agencies, KeyOf(province, DepartmentsGroupSlug), province, from, AgencyKind.Group, null,
                    "Các sở, ban, ngành " + place, "Các sở, ban, ngành " + place),
            };
            foreach (var agency in made.OfType<Agency>())
            {
                created++;
                changes?.Record(UnitChangeKind.AgencyCreated, province.Name, agency.Name);
            }
        }

        var ended = 0;
        var linked = 0;
        foreach (var agency in agencies)
        {
            if (!units.TryGetValue(agency.UnitId, out var unit))
            {
                continue;
            }

            if (agency.ValidFrom is null && unit.ValidTo is null && StartOf(unit) is { } start)
            {
                agency.ValidFrom = start; // a body of a unit created by the reform exists from its first day
            }

            if (unit.ValidTo is not { } end)
            {
                continue;
            }

            if (agency.ValidTo is null)
            {
                agency.ValidTo = end;
                ended++;
                changes?.Record(UnitChangeKind.AgencyEnded, ProvinceOf(unit, units).Name, agency.Name);
            }

            if (agency.SuccessorId is null && SuccessorOf(agency, unit, units, successors, byKey) is { } successor)
            {
                agency.Successor = successor;
                linked++;
            }
        }

        if (changes is not null)
        {
            changes.SuccessorsLinked += linked;
        }

        await db.SaveChangesAsync(ct);
        return new Result(created, ended, linked);
    }

    /// <summary>The key prefix of a unit's bodies: the code, with the year the unit began when a later list reuses the code.</summary>
    public static string KeyOf(AdministrativeUnit unit, string slug) => KeyOf(unit.Code, unit.ValidFrom, slug);

    private static string KeyOf(UnitRow unit, string slug) => KeyOf(unit.Code, unit.ValidFrom, slug);

    private static string KeyOf(string code, DateOnly validFrom, string slug) =>
        validFrom == DateOnly.MinValue ? $"{code}:{slug}" : $"{code}/{validFrom.Year}:{slug}";

    private static DateOnly? StartOf(UnitRow unit) => unit.ValidFrom == DateOnly.MinValue ? null : unit.ValidFrom;

    /// <summary>
    /// Who took over: the same body of the province that absorbed an old province; for a district's
    /// bodies, the new province's Sở GD&amp;ĐT (education) or its communes (the district's committee);
    /// for an old commune's committee, the committee of the one commune that absorbed it whole.
    /// </summary>
    private static Agency? SuccessorOf(Agency agency, UnitRow unit, Dictionary<int, UnitRow> units,
        ILookup<int, (int SuccessorId, bool IsFull)> successors, Dictionary<string, Agency> byKey)
    {
        var slug = agency.Key[(agency.Key.LastIndexOf(':') + 1)..];
        switch (unit.Level)
        {
            case UnitLevel.Province:
            {
                if (NewProvince(unit) is not { } province)
                {
                    return null;
                }

                var mapped = slug switch
                {
                    "ubnd-cap-huyen" or "ubnd-cap-xa" => CommunesGroupSlug,
                    "phong-gddt-cap-huyen" => EducationSlug,
                    _ => slug,
                };
                return byKey.GetValueOrDefault(KeyOf(province, mapped));
            }

            case UnitLevel.District:
            {
                if (unit.ParentId is not { } parentId || !units.TryGetValue(parentId, out var old) || NewProvince(old) is not { } province)
                {
                    return null;
                }

                return slug switch
                {
                    "phong-gddt" => byKey.GetValueOrDefault(KeyOf(province, EducationSlug)),
                    "ubnd" or "ubnd-cap-xa" => byKey.GetValueOrDefault(KeyOf(province, CommunesGroupSlug)),
                    _ => null,
                };
            }

            default:
            {
                if (slug != "ubnd")
                {
                    return null;
                }

                var next = successors[unit.Id].ToList();
                var single = next.Count == 1 ? next[0].SuccessorId : next.Where(s => s.IsFull).Select(s => (int?)s.SuccessorId).SingleOrDefault();
                return single is { } id && units.TryGetValue(id, out var commune) ? byKey.GetValueOrDefault(KeyOf(commune, "ubnd")) : null;
            }
        }

        UnitRow? NewProvince(UnitRow old) =>
            successors[old.Id].Select(s => units.GetValueOrDefault(s.SuccessorId)).FirstOrDefault(u => u is { Level: UnitLevel.Province });
    }

    private static UnitRow ProvinceOf(UnitRow unit, Dictionary<int, UnitRow> units)
    {
        while (unit.ParentId is { } id && units.TryGetValue(id, out var parent))
        {
            unit = parent;
        }

        return unit;
    }

    /// <summary>The body with this key, created unless it exists; null when it existed already.</summary>
    private Agency? Ensure(Dictionary<string, Agency> byKey, List<Agency> agencies, string key, UnitRow unit, DateOnly? from,
        AgencyKind kind, UnitLevel? memberLevel, string name, string shortName)
    {
        if (byKey.ContainsKey(key))
        {
            return null;
        }

        var agency = new Agency
        {
            Key = key, Name = name, ShortName = shortName, Kind = kind, MemberLevel = memberLevel, UnitId = unit.Id, ValidFrom = from,
        };
        db.Agencies.Add(agency);
        byKey[key] = agency;
        agencies.Add(agency);
        return agency;
    }

}
