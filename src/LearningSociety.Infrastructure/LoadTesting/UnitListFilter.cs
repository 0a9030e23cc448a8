using System.Text.Json.Nodes;

namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>Cuts an official unit list down to some provinces, so a smaller test imports faster.</summary>
public static class UnitListFilter
{
    public static async Task<string> WriteProvincesAsync(string file, IReadOnlyList<string> provinceCodes, CancellationToken ct)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(file, ct))!.AsObject();
        var data = root["data"]!.AsArray();
        var kept = new JsonArray();
        foreach (var province in data.ToList())
        {
            if (provinceCodes.Contains((string?)province!["level1_id"] ?? ""))
            {
                data.Remove(province);
                kept.Add(province);
            }
        }

        if (kept.Count == 0)
        {
            throw new InvalidOperationException($"Danh mục '{file}' không có tỉnh nào mã {string.Join(", ", provinceCodes)}.");
        }

        root["data"] = kept;
        var path = Path.Combine(Path.GetTempPath(), $"hoctap-units-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, root.ToJsonString(), ct);
        return path;
    }
}
