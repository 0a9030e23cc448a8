using LearningSociety.Domain.Text;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.UnitLists;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Imports an official list of administrative units, idempotently: the three-tier list in force
/// before 1/7/2025 (level1s → level2s → level3s) or the two-tier list from 1/7/2025 with the old
/// units merged into each new one. Each unit also gets its People's Committee as an agency.
/// Everything that can be wrong with a list (see <see cref="UnitListReader"/>, and here: an old unit
/// that is not in the database, ended twice, or a merge into itself) is checked before anything is written.
/// The caller owns the transaction; <see cref="UnitListImport"/> is the one used by the page and the CLI.
/// </summary>
public sealed class AdminUnitImporter(AppDbContext db)
{
    /// <summary>The pre-reform list carries no start dates; its units are valid until the reform.</summary>
    public static readonly DateOnly ReformDate = new(2025, 7, 1);

    private const int Chunk = 2000;

    public sealed record Result(int UnitsAdded, int SuccessionsAdded);

    private sealed record Link(UnitListEntry Entry, UnitListMerge Merge, AdministrativeUnit Predecessor);

    public async Task<Result> ImportAsync(string path, CancellationToken ct = default)
    {
        var changes = await ImportAsync(await UnitListReader.ReadFileAsync(path, ct), null, ct);
        return new Result(changes[UnitChangeKind.UnitAdded], changes[UnitChangeKind.SuccessionAdded]);
    }

    public async Task<UnitImportChanges> ImportAsync(UnitList list, Action<int>? progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        var validFrom = list.IsMergeList ? ReformDate : DateOnly.MinValue;
        DateOnly? validTo = list.IsMergeList ? null : ReformDate.AddDays(-1);
        var units = await db.Units.ToListAsync(ct);
        var links = list.IsMergeList ? await ResolveAsync(list, units, validFrom, ct) : [];

        var batch = new Batch(db, units, validFrom, validTo, list.Steps, progress);
        var level = 1;
        var current = list.Provinces.Select(p => (Entry: p, Parent: (AdministrativeUnit?)null, Province: p.Name)).ToList();
        while (current.Count > 0)
        {
            var unitLevel = level == 1 ? UnitLevel.Province : level == 2 && !list.IsMergeList ? UnitLevel.District : UnitLevel.Commune;
            var next = new List<(UnitListEntry Entry, AdministrativeUnit? Parent, string Province)>();
            foreach (var (entry, parent, province) in current)
            {
                var unit = await batch.UnitAsync(entry, parent, unitLevel, province, ct);
                next.AddRange(entry.Children.Select(c => (c, (AdministrativeUnit?)unit, province)));
            }

            await batch.SaveAsync(ct); // each parent has its id, hence its path, before its children are added
            current = next;
            level++;
        }

        await batch.LinkAsync(links, ct);
        return batch.Changes;
    }

    /// <summary>Finds the old unit each merge names among the units valid the day before the list, and refuses what cannot be right.</summary>
    private async Task<List<Link>> ResolveAsync(UnitList list, List<AdministrativeUnit> units, DateOnly validFrom, CancellationToken ct)
    {
        var dayBefore = validFrom.AddDays(-1);
        var older = units.Where(u => u.ValidFrom < validFrom && u.IsValidOn(dayBefore)).ToLookup(u => u.Code, StringComparer.Ordinal);
        var own = list.All.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var byId = units.ToDictionary(u => u.Id);
        var links = new List<Link>();
        foreach (var (entry, level) in list.Provinces.Select(p => (p, UnitLevel.Province))
                     .Concat(list.Provinces.SelectMany(p => p.Children).Select(c => (c, UnitLevel.Commune))))
        {
            foreach (var merge in entry.Merges)
            {
                var candidates = older[merge.OldId].ToList();
                var predecessor = candidates.Find(u => u.Level == level) ?? candidates.OrderBy(u => u.Level).FirstOrDefault();
                if (predecessor is null && own.TryGetValue(merge.OldId, out var same))
                {
                    throw new SeedException(list.FileName, $"{merge.Path} ({merge.Describe})",
                        $"vòng lặp sáp nhập: {entry.Name} (mã {entry.Code}) nhận đơn vị mã {merge.OldId}, nhưng mã này là {same.Where} của chính danh mục này "
                        + $"(cùng hiệu lực từ {Day(validFrom)}), không phải một đơn vị cũ. Một đơn vị không thể sáp nhập vào chính nó hay vào đơn vị cùng đợt.");
                }

                if (predecessor is null)
                {
                    throw new SeedException(list.FileName, $"{merge.Path} ({merge.Describe})",
                        $"{entry.Name} (mã {entry.Code}) nhận đơn vị cũ mã {merge.OldId}, nhưng không có đơn vị nào mã {merge.OldId} còn hiệu lực ngày {Day(dayBefore)}. "
                        + "Hãy nhập danh mục đơn vị trước sắp xếp (ví dụ admin-units-2025-03-01.json) trước, rồi nhập lại tệp này.");
                }

                links.Add(new Link(entry, merge, predecessor));
            }
        }

        // An old unit goes whole into one new unit, or in parts into several: never whole into two, never twice into one.
        var existing = (await db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.SuccessorId, s.IsFull }).ToListAsync(ct))
            .ToLookup(s => s.PredecessorId);
        foreach (var group in links.GroupBy(l => l.Predecessor.Id))
        {
            var targets = group.Select(l => (Code: l.Entry.Code, l.Merge.IsFull, Where: $"{l.Merge.Path} ({l.Entry.Name}, mã {l.Entry.Code})")).ToList();
            var twice = targets.GroupBy(t => t.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            var old = group.First().Predecessor;
            if (twice is not null)
            {
                throw new SeedException(list.FileName, twice.Last().Where,
                    $"đơn vị cũ {old.Name} (mã {old.Code}) được kê hai lần trong cùng một đơn vị mới.");
            }

            foreach (var stored in existing[old.Id])
            {
                if (byId.TryGetValue(stored.SuccessorId, out var successor) && (successor.ValidFrom != validFrom || !own.ContainsKey(successor.Code)))
                {
                    targets.Add((successor.Code + "@" + successor.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), stored.IsFull,
                        $"{successor.Name} (mã {successor.Code}, đã có trong cơ sở dữ liệu)"));
                }
            }

            if (targets.Count > 1 && targets.Any(t => t.IsFull))
            {
                var full = targets.First(t => t.IsFull);
                var other = targets.First(t => t != full);
                throw new SeedException(list.FileName, group.Last().Merge.Path + $" ({old.Name}, mã {old.Code})",
                    $"đơn vị cũ {old.Name} (mã {old.Code}) bị kết thúc hai lần: sáp nhập toàn bộ (\"full\") vào {full.Where} và cũng vào {other.Where}. "
                    + "Một đơn vị sáp nhập toàn bộ chỉ vào một đơn vị mới; nếu bị chia tách, mọi mục phải là \"partial\".");
            }
        }

        return links;
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private sealed class Batch(AppDbContext db, List<AdministrativeUnit> units, DateOnly validFrom, DateOnly? validTo, int steps, Action<int>? progress)
    {
        private readonly Dictionary<(string, DateOnly), AdministrativeUnit> _existing = units.ToDictionary(u => (u.Code, u.ValidFrom));
        private readonly Dictionary<int, AdministrativeUnit> _byId = units.ToDictionary(u => u.Id);
        private readonly List<(AdministrativeUnit Unit, string Province)> _pending = [];
        private int _done;

        public UnitImportChanges Changes { get; } = new();

        public async Task<AdministrativeUnit> UnitAsync(UnitListEntry entry, AdministrativeUnit? parent, UnitLevel level, string province, CancellationToken ct)
        {
            Step();
            var type = entry.Type ?? TypeFromName(entry.Name, level switch
            {
                UnitLevel.Province => "Tỉnh",
                UnitLevel.District => "Huyện",
                _ => "Xã",
            });
            if (_existing.TryGetValue((entry.Code, validFrom), out var unit))
            {
                if (unit.Name != entry.Name || unit.UnitType != type)
                {
                    Changes.Record(UnitChangeKind.UnitRenamed, province, unit.Name == entry.Name
                        ? $"{entry.Name} (mã {entry.Code}): loại {unit.UnitType} → {type}"
                        : $"{unit.Name} → {entry.Name} (mã {entry.Code})");
                    unit.Name = entry.Name;
                    unit.UnitType = type;
                }

                return unit;
            }

            unit = new AdministrativeUnit
            {
                Code = entry.Code,
                Name = entry.Name,
                UnitType = type,
                Level = level,
                Parent = parent,
                ValidFrom = validFrom,
                ValidTo = validTo,
            };
            _existing[(entry.Code, validFrom)] = unit;
            db.Units.Add(unit);
            _pending.Add((unit, province));
            Changes.Record(UnitChangeKind.UnitAdded, province, $"{entry.Name} (mã {entry.Code})");
            if (_pending.Count >= Chunk)
            {
                await SaveAsync(ct);
            }

            return unit;
        }

        /// <summary>Stores the new units, then gives each its path and its People's Committee.</summary>
        public async Task SaveAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            foreach (var (unit, province) in _pending)
            {
                _byId[unit.Id] = unit;
                unit.Path = UnitPath.Child(unit.Parent?.Path ?? UnitPath.Root, unit.Id);
                var name = "Ủy ban nhân dân " + VietnameseText.LowerFirst(unit.Name);
                db.Agencies.Add(new Agency
                {
                    Key = ReformBodies.KeyOf(unit, "ubnd"),
                    Name = name,
                    ShortName = "UBND " + VietnameseText.LowerFirst(unit.Name),
                    Kind = AgencyKind.PeoplesCommittee,
                    Unit = unit,
                    ValidFrom = validFrom == DateOnly.MinValue ? null : validFrom,
                    ValidTo = validTo,
                });
                Changes.Record(UnitChangeKind.AgencyCreated, province, name);
            }

            _pending.Clear();
            await db.SaveChangesAsync(ct);
        }

        /// <summary>Links each new unit to the old units it absorbed; an old unit ends the day before the new list.</summary>
        public async Task LinkAsync(List<Link> links, CancellationToken ct)
        {
            if (links.Count == 0)
            {
                return; // a list without merges (the pre-reform one) links nothing
            }

            var known = (await db.UnitSuccessions.Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(ct))
                .Select(s => (s.PredecessorId, s.SuccessorId)).ToHashSet();
            var dayBefore = validFrom.AddDays(-1);
            foreach (var (entry, merge, old) in links)
            {
                Step();
                var unit = _existing[(entry.Code, validFrom)];
                var oldProvince = ProvinceOf(old);
                if (old.ValidTo is null || old.ValidTo > dayBefore)
                {
                    old.ValidTo = dayBefore;
                    Changes.Record(UnitChangeKind.UnitEnded, oldProvince, $"{old.Name} (mã {old.Code}), hết hiệu lực từ {Day(validFrom)}");
                }

                if (!known.Add((old.Id, unit.Id)))
                {
                    continue;
                }

                db.UnitSuccessions.Add(new UnitSuccession { PredecessorId = old.Id, SuccessorId = unit.Id, IsFull = merge.IsFull, EffectiveOn = validFrom });
                Changes.Record(UnitChangeKind.SuccessionAdded, ProvinceOf(unit),
                    $"{old.Name} (mã {old.Code}, {(merge.IsFull ? "toàn bộ" : "một phần")}) → {unit.Name}");
            }

            await db.SaveChangesAsync(ct);
        }

        private string ProvinceOf(AdministrativeUnit unit)
        {
            while ((unit.Parent ?? (unit.ParentId is { } id ? _byId.GetValueOrDefault(id) : null)) is { } parent)
            {
                unit = parent;
            }

            return unit.Name;
        }

        private void Step()
        {
            if (progress is not null && ++_done % 200 == 0)
            {
                progress(Math.Min(90, 90 * _done / Math.Max(1, steps)));
            }
        }

        private static string TypeFromName(string name, string fallback)
        {
            foreach (var type in (string[])["Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận", "Phường", "Xã", "Đặc khu"])
            {
                if (name.StartsWith(type + " ", StringComparison.Ordinal))
                {
                    return type;
                }
            }

            return fallback;
        }

    }
}
