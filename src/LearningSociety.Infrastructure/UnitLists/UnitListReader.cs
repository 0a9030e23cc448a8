using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>
/// Reads an official unit list within a fixed budget (<see cref="MaxBytes"/>, <see cref="MaxUnits"/>) and
/// checks its shape before anything is written: broken JSON, a file that is not a unit list, missing
/// fields and duplicate codes are refused with the JSON path, code and name of the entry.
/// </summary>
public static partial class UnitListReader
{
    /// <summary>The national pre-reform list is 2.2 MB; ten times that is still a unit list, more is not.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The national pre-reform list has 10,806 units.</summary>
    public const int MaxUnits = 50_000;

    public static async Task<UnitList> ReadFileAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        return Parse(Path.GetFileName(path), await ReadBoundedAsync(stream, Path.GetFileName(path), ct));
    }

    /// <summary>The bytes of an upload or a file, refused as soon as it passes <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream stream, string file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new SeedException(file, "toàn tệp", $"tệp lớn hơn {MaxBytes / 1024 / 1024} MB, giới hạn của một danh mục đơn vị hành chính.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static UnitList Parse(string file, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length >= 4 && span[0] == (byte)'P' && span[1] == (byte)'K' && span[2] == 3 && span[3] == 4)
        {
            throw new SeedException(file, "đầu tệp", "đây là một tệp nén (Excel .xlsx, .docx hoặc .zip) được đổi đuôi thành .json, không phải danh mục đơn vị hành chính. Hãy tải lên tệp .json của danh mục.");
        }

        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new SeedException(file, string.Create(CultureInfo.InvariantCulture, $"dòng {line}, cột {column}"),
                "tệp không phải JSON hợp lệ (lỗi cú pháp); có thể tệp bị cắt ngang, sửa tay sai hoặc không phải tệp JSON.");
        }

        using (doc)
        {
            return new Reader(file).Read(doc.RootElement);
        }
    }

    [GeneratedRegex("^[0-9A-Za-z]{1,16}$")]
    private static partial Regex CodePattern();

    private sealed class Reader(string file)
    {
        private readonly Dictionary<string, UnitListEntry> _codes = new(StringComparer.Ordinal);

        public UnitList Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                var plan = root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("sections", out _) || root.TryGetProperty("symbol", out _));
                throw new SeedException(file, "$", plan
                    ? "đây là tệp kế hoạch, không phải danh mục đơn vị hành chính (không có mảng 'data' các tỉnh, thành phố)."
                    : "tệp không phải danh mục đơn vị hành chính: thiếu mảng 'data' (danh sách tỉnh, thành phố) ở gốc tệp.");
            }

            if (data.GetArrayLength() == 0)
            {
                throw new SeedException(file, "$.data", "danh mục không có tỉnh, thành phố nào.");
            }

            var first = data[0];
            var isMergeList = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("merges", out _);
            var provinces = new List<UnitListEntry>();
            var i = 0;
            foreach (var province in data.EnumerateArray())
            {
                provinces.Add(Entry($"$.data[{i++}]", province, 1, isMergeList));
            }

            return new UnitList(file, isMergeList, provinces);
        }

        private UnitListEntry Entry(string path, JsonElement json, int level, bool isMergeList)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                throw new SeedException(file, path, "mục này không phải một đơn vị (cần một đối tượng JSON có mã và tên).");
            }

            var idProperty = $"level{level}_id";
            var code = Text(path, json, idProperty, 16);
            var name = Text(path, json, "name", 200);
            var where = $"{path} ({name}, mã {code})";
            if (!CodePattern().IsMatch(code))
            {
                throw new SeedException(file, where, $"mã '{code}' không hợp lệ (chỉ gồm chữ số, tối đa 16 ký tự).");
            }

            var type = json.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
                ? Limit(where, "type", VietnameseText.Nfc(t.GetString()!), 64)
                : null;
            var merges = isMergeList ? Merges(where, path, json) : [];
            var entry = new UnitListEntry(path, code, name, type, [], merges);
            if (_codes.TryGetValue(code, out var other))
            {
                throw new SeedException(file, where, $"mã {code} trùng với {other.Where}; mỗi mã chỉ được xuất hiện một lần trong danh mục.");
            }

            _codes[code] = entry;
            if (_codes.Count > MaxUnits)
            {
                throw new SeedException(file, where, $"danh mục có hơn {MaxUnits.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đơn vị, quá giới hạn.");
            }

            var last = isMergeList ? 2 : 3;
            if (level == last)
            {
                return entry;
            }

            var property = $"level{level + 1}s";
            if (!json.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new SeedException(file, where, $"thiếu mảng '{property}' (các đơn vị trực thuộc).");
            }

            var children = new List<UnitListEntry>();
            var k = 0;
            foreach (var item in items.EnumerateArray())
            {
                children.Add(Entry($"{path}.{property}[{k++}]", item, level + 1, isMergeList));
            }

            return entry with { Children = children };
        }

        private List<UnitListMerge> Merges(string where, string path, JsonElement json)
        {
            if (!json.TryGetProperty("merges", out var merges) || merges.ValueKind != JsonValueKind.Array)
            {
                throw new SeedException(file, where, "thiếu mảng 'merges' (các đơn vị cũ được sáp nhập vào đơn vị này).");
            }

            var list = new List<UnitListMerge>();
            var i = 0;
            foreach (var merge in merges.EnumerateArray())
            {
                var at = $"{path}.merges[{i++}]";
                if (merge.ValueKind != JsonValueKind.Object)
                {
                    throw new SeedException(file, at, "mục sáp nhập phải là một đối tượng có 'old_id' và 'type'.");
                }

                var oldId = Text(at, merge, "old_id", 16);
                var oldName = merge.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? Limit(at, "name", VietnameseText.Nfc(n.GetString()!), 200) : null;
                var kind = merge.TryGetProperty("type", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                if (kind is not ("full" or "partial"))
                {
                    throw new SeedException(file, $"{at} ({oldName ?? "không tên"}, mã {oldId})",
                        "trường 'type' phải là \"full\" (sáp nhập toàn bộ) hoặc \"partial\" (một phần).");
                }

                list.Add(new UnitListMerge(at, oldId, oldName, kind == "full"));
            }

            return list;
        }

        private string Text(string path, JsonElement json, string property, int max) =>
            json.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                ? Limit(path, property, VietnameseText.Nfc(v.GetString()!), max)
                : throw new SeedException(file, path, $"thiếu trường '{property}'.");

        private string Limit(string path, string property, string value, int max) =>
            value.Length <= max ? value : throw new SeedException(file, path, $"trường '{property}' dài quá {max} ký tự.");
    }
}
