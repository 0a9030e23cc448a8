using System.Text.Json;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Importing;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// The directory an administrator's import is matched against: every agency of the five seed plans and
/// the committee (UBND) of every province, district and commune of the six provinces before the 2025
/// reform — 10 000-odd names, among them "xã Tịnh Thới" and "thị xã … " that look like other provinces' words.
/// </summary>
internal static class RealPlanDirectory
{
    private static readonly Lazy<(IReadOnlyList<AgencyDirectoryEntry> Entries, Dictionary<string, string> Units)> Built = new(Build);

    public static IReadOnlyList<AgencyDirectoryEntry> Entries => Built.Value.Entries;

    /// <summary>Unit code → unit name as a plan writes it ("tỉnh Long An").</summary>
    public static IReadOnlyDictionary<string, string> Units => Built.Value.Units;

    private static (IReadOnlyList<AgencyDirectoryEntry>, Dictionary<string, string>) Build()
    {
        var entries = new List<AgencyDirectoryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in SeedPlans.Ids)
        {
            entries.AddRange(AgencyDirectory.FromSeeds(SeedPlans.Structured(id).Agencies).Where(e => seen.Add(e.Key)));
        }

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var to = new DateOnly(2025, 6, 30);
        void Unit(string code, string name)
        {
            var lower = VietnameseText.LowerFirst(name);
            units[code] = lower;
            if (seen.Add("ubnd:" + code))
            {
                entries.Add(new AgencyDirectoryEntry("ubnd:" + code, "Ủy ban nhân dân " + lower, "UBND " + lower, Unit: code, ValidTo: to));
            }
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedPlans.Folder, "admin-units", "2025-03-01-six-provinces-before-merger.json")));
        foreach (var p in doc.RootElement.GetProperty("data").EnumerateArray())
        {
            Unit(p.GetProperty("level1_id").GetString()!, p.GetProperty("name").GetString()!);
            foreach (var d in p.GetProperty("level2s").EnumerateArray())
            {
                Unit(d.GetProperty("level2_id").GetString()!, d.GetProperty("name").GetString()!);
                foreach (var c in d.GetProperty("level3s").EnumerateArray())
                {
                    Unit(c.GetProperty("level3_id").GetString()!, c.GetProperty("name").GetString()!);
                }
            }
        }

        return (entries, units);
    }
}
