using System.Globalization;
using System.Text.Json;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Imports an official list of administrative units, idempotently: the three-tier list in force
/// before 1/7/2025 (level1s → level2s → level3s) or the two-tier list from 1/7/2025 with the old
/// units merged into each new one. Each unit also gets its People's Committee as an agency.
/// </summary>
public sealed class AdminUnitImporter(AppDbContext db)
{
    /// <summary>The pre-reform list carries no start dates; its units are valid until the reform.</summary>
    public static readonly DateOnly ReformDate = new(2025, 7, 1);

    public sealed record Result(int UnitsAdded, int SuccessionsAdded);

    public async Task<Result> ImportAsync(string path, CancellationToken ct = default)
    {
        var file = System.IO.Path.GetFileName(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(VietnameseText.Nfc(await File.ReadAllTextAsync(path, ct)));
        }
        catch (JsonException ex)
        {
            throw new SeedException(file, $"dòng {(ex.LineNumber ?? 0) + 1}", "JSON không hợp lệ: " + ex.Message);
        }

        using (doc)
        {
            if (!doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0)
            {
                throw new SeedException(file, "$.data", "không có danh sách đơn vị (mảng 'data')");
            }

            var first = data[0];
            var isMergeList = first.TryGetProperty("merges", out _);
            var existing = await db.Units.ToDictionaryAsync(u => (u.Code, u.ValidFrom), ct);
            var import = new Batch(db, file, existing, isMergeList ? ReformDate : DateOnly.MinValue, isMergeList ? null : ReformDate.AddDays(-1));

            // Level by level, so that each parent has its id (and so its path) before its children are added.
            var provinces = new List<(JsonElement Json, AdministrativeUnit Unit)>();
            for (var i = 0; i < data.GetArrayLength(); i++)
            {
                provinces.Add((data[i], import.Unit($"$.data[{i}]", data[i], "level1_id", null, UnitLevel.Province, "Tỉnh")));
            }

            await import.SaveLevelAsync(ct);
            var second = new List<(JsonElement Json, AdministrativeUnit Unit, string Path)>();
            foreach (var (json, province) in provinces)
            {
                var children = import.Array($"$.data[{province.Code}]", json, "level2s");
                for (var j = 0; j < children.Count; j++)
                {
                    var p = $"$.data[{province.Code}].level2s[{j}]";
                    var level = isMergeList ? UnitLevel.Commune : UnitLevel.District;
                    second.Add((children[j], import.Unit(p, children[j], "level2_id", province, level, isMergeList ? "Xã" : "Huyện"), p));
                }
            }

            await import.SaveLevelAsync(ct);
            var successions = 0;
            if (isMergeList)
            {
                successions += await import.AddSuccessionsAsync(provinces.Select(x => (x.Json, x.Unit, "$.data")), ct);
                successions += await import.AddSuccessionsAsync(second.Select(x => (x.Json, x.Unit, x.Path)), ct);
            }
            else
            {
                foreach (var (json, district, p) in second)
                {
                    var communes = import.Array(p, json, "level3s");
                    for (var k = 0; k < communes.Count; k++)
                    {
                        import.Unit($"{p}.level3s[{k}]", communes[k], "level3_id", district, UnitLevel.Commune, "Xã");
                    }
                }

                await import.SaveLevelAsync(ct);
            }

            return new Result(import.Added, successions);
        }
    }

    private sealed class Batch(AppDbContext db, string file, Dictionary<(string, DateOnly), AdministrativeUnit> existing, DateOnly validFrom, DateOnly? validTo)
    {
        private readonly List<AdministrativeUnit> _pending = [];

        public int Added { get; private set; }

        public List<JsonElement> Array(string path, JsonElement parent, string property) =>
            parent.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
                ? items.EnumerateArray().ToList()
                : throw new SeedException(file, path, $"thiếu mảng '{property}'");

        public AdministrativeUnit Unit(string path, JsonElement json, string idProperty, AdministrativeUnit? parent, UnitLevel level, string defaultType)
        {
            var code = Text(path, json, idProperty);
            var name = Text(path, json, "name");
            var type = json.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : TypeFromName(name, defaultType);
            if (existing.TryGetValue((code, validFrom), out var unit))
            {
                unit.Name = name;
                unit.UnitType = type;
                return unit;
            }

            unit = new AdministrativeUnit
            {
                Code = code,
                Name = name,
                UnitType = type,
                Level = level,
                Parent = parent,
                ValidFrom = validFrom,
                ValidTo = validTo,
            };
            existing[(code, validFrom)] = unit;
            db.Units.Add(unit);
            _pending.Add(unit);
            Added++;
            return unit;
        }

        public async Task SaveLevelAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            foreach (var unit in _pending)
            {
                unit.Path = UnitPath.Child(unit.Parent?.Path ?? UnitPath.Root, unit.Id);
                var key = validFrom == DateOnly.MinValue ? $"{unit.Code}:ubnd" : $"{unit.Code}/{validFrom.Year}:ubnd";
                db.Agencies.Add(new Agency
                {
                    Key = key,
                    Name = "Ủy ban nhân dân " + LowerFirst(unit.Name),
                    ShortName = "UBND " + LowerFirst(unit.Name),
                    Kind = AgencyKind.PeoplesCommittee,
                    Unit = unit,
                    ValidFrom = validFrom == DateOnly.MinValue ? null : validFrom,
                    ValidTo = validTo,
                });
            }

            _pending.Clear();
            await db.SaveChangesAsync(ct);
        }

        public async Task<int> AddSuccessionsAsync(IEnumerable<(JsonElement Json, AdministrativeUnit Unit, string Path)> units, CancellationToken ct)
        {
            // Predecessors are the units of the list in force before the reform.
            var old = existing.Values.Where(u => u.ValidFrom < validFrom).ToLookup(u => (u.Code, u.Level));
            var known = (await db.UnitSuccessions.Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(ct))
                .Select(s => (s.PredecessorId, s.SuccessorId)).ToHashSet();
            var added = 0;
            foreach (var (json, unit, path) in units)
            {
                foreach (var merge in Array(path, json, "merges"))
                {
                    var oldId = Text(path + ".merges", merge, "old_id");
                    var predecessor = old[(oldId, unit.Level)].FirstOrDefault();
                    if (predecessor is null || !known.Add((predecessor.Id, unit.Id)))
                    {
                        continue; // the old unit is not in this database (another province), or already linked
                    }

                    db.UnitSuccessions.Add(new UnitSuccession
                    {
                        PredecessorId = predecessor.Id,
                        SuccessorId = unit.Id,
                        IsFull = string.Equals(merge.TryGetProperty("type", out var k) ? k.GetString() : null, "full", StringComparison.Ordinal),
                        EffectiveOn = validFrom,
                    });
                    added++;
                }
            }

            await db.SaveChangesAsync(ct);
            return added;
        }

        private string Text(string path, JsonElement json, string property) =>
            json.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                ? v.GetString()!.Trim()
                : throw new SeedException(file, path, $"thiếu trường '{property}'");

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

        private static string LowerFirst(string s) =>
            s.Length == 0 ? s : char.ToLower(s[0], CultureInfo.GetCultureInfo("vi-VN")) + s[1..];
    }
}
