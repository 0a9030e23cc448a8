using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// The issuing body and the plan's unit, from the header's own lines ("ỦY BAN NHÂN DÂN / TỈNH HẢI DƯƠNG",
/// "UBND HUYỆN NGA SƠN / BAN CHỈ ĐẠO PCGD, XMC"). A body is taken from the directory only when its name is
/// the same, accents included, and it existed on the plan's date; never the nearest name ("tỉnh" is not
/// "Tịnh"). Anything else is proposed as a new body, and every guess is marked uncertain.
/// </summary>
public static partial class IssuerHeader
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // Cities run by the centre are provinces; any other "thành phố" is a district-level city.
    private static readonly string[] CentralCities = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];

    private static readonly string[] BodyStarts =
        ["uy ban nhan dan", "ubnd", "hoi dong nhan dan", "so ", "phong ", "ban chi dao", "ban dai dien", "hoi ", "thu tuong", "van phong", "truong ", "trung tam", "bo "];

    internal static void Read(string? issuerText, IReadOnlyList<string> authorityLines, string? place, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft)
    {
        var segments = Segments(issuerText ?? string.Empty);
        var unit = segments.Select(s => Unit(s)).FirstOrDefault(u => u is not null);
        var sure = unit is not null;
        if (unit is null)
        {
            // A web copy keeps "ỦY BAN NHÂN DÂN" and loses "TỈNH BÌNH THUẬN": the decision's authority line
            // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG") or the opening ("UBND tỉnh Bình Thuận ban hành …") says which.
            unit = authorityLines.Select(Unit).FirstOrDefault(u => u is not null);
            sure = unit is not null && place is not null && VietnameseText.Fold(unit.Value.Name) == VietnameseText.Fold(place);
            if (unit is null && place is not null && segments.Count > 0 && IsCommittee(segments[0]))
            {
                unit = ("tỉnh", ProperName(place));
            }
        }

        string? body = segments.Count == 0 ? null : Body(segments[^1]);
        if (body is null && segments.Count == 0 && authorityLines.Count > 0 && Unit(authorityLines[0]) is { } authorityUnit)
        {
            body = "Ủy ban nhân dân";
            unit = authorityUnit;
        }

        if (body is null)
        {
            draft.Uncertain.UnionWith([DraftField.Issuer, DraftField.Unit, DraftField.Level]);
            return;
        }

        var national = IsNational(body);
        var unitName = unit is { } u ? u.Kind + " " + u.Name : null;
        var issuerName = unitName is null || national ? body : body + " " + unitName;
        draft.IssuerText ??= issuerText;
        draft.IssuerName = issuerName;
        draft.UnitName = national ? null : unitName;
        draft.Level = national || unit is null ? null : LevelOf(unit.Value.Kind, unit.Value.Name);

        var day = draft.IssuedOn ?? DateOnly.MaxValue;
        // Whether the source has accents: the words this reader supplies ("Ủy ban nhân dân" for "UBND") do not count.
        var accented = HasAccents(issuerText ?? string.Empty) || (unit is { } named && HasAccents(named.Name));
        var found = directory
            .Where(e => (e.ValidFrom is null || e.ValidFrom <= day) && (e.ValidTo is null || e.ValidTo >= day))
            .Where(e => SameName(e.Name, issuerName, accented) || (e.ShortName is not null && SameName(e.ShortName, issuerName, accented)))
            .ToList();
        if (found.Count == 1 && sure && accented)
        {
            draft.Issuer = found[0].Key;
            draft.IssuerName = found[0].Name;
            draft.Unit = found[0].Unit;
            return;
        }

        if (found.Count == 1)
        {
            draft.Issuer = found[0].Key;
            draft.Unit = found[0].Unit;
        }

        // Not in the directory (a new body to create), the same name twice, OCR text without accents, or a unit guessed.
        draft.Uncertain.Add(DraftField.Issuer);
        if (!national && (found.Count != 1 || !sure))
        {
            draft.Uncertain.Add(DraftField.Unit);
        }

        if (!sure && !national)
        {
            draft.Uncertain.Add(DraftField.Level);
        }
    }

    /// <summary>The kind of body a new issuer is: what the review page proposes to create.</summary>
    public static string KindOf(string name)
    {
        var f = VietnameseText.Fold(name);
        return f.StartsWith("uy ban nhan dan", StringComparison.Ordinal) ? f.Contains(" xa ", StringComparison.Ordinal)
                || f.Contains(" phuong ", StringComparison.Ordinal) || f.Contains(" thi tran ", StringComparison.Ordinal) ? "UBND xã" :
            f.Contains(" tinh ", StringComparison.Ordinal) ? "UBND tỉnh" : "UBND huyện"
            : f.StartsWith("so ", StringComparison.Ordinal) ? "Sở"
            : f.StartsWith("phong ", StringComparison.Ordinal) ? "Phòng"
            : f.StartsWith("ban chi dao", StringComparison.Ordinal) ? "Ban Chỉ đạo"
            : f.StartsWith("hoi ", StringComparison.Ordinal) ? "Hội"
            : "Cơ quan khác";
    }

    private static bool IsCommittee(string segment) => VietnameseText.Fold(segment).StartsWith("uy ban nhan dan", StringComparison.Ordinal)
        || VietnameseText.Fold(segment).StartsWith("ubnd", StringComparison.Ordinal);

    private static bool IsNational(string body)
    {
        var f = VietnameseText.Fold(body);
        return f.StartsWith("thu tuong", StringComparison.Ordinal) || f.Contains("quoc gia", StringComparison.Ordinal)
            || f.StartsWith("bo ", StringComparison.Ordinal) || f.StartsWith("chinh phu", StringComparison.Ordinal);
    }

    /// <summary>The header's issuer lines cut where each body starts: "UBND HUYỆN NGA SƠN" | "BAN CHỈ ĐẠO PCGD, XMC".</summary>
    private static List<string> Segments(string text)
    {
        var clean = Glued().Replace(Junk().Replace(text, " "), "$1 $2");
        clean = Spaces().Replace(clean, " ").Trim();
        var folded = VietnameseText.FoldWithMap(clean, out var map);
        var starts = new List<int>();
        for (var i = 0; i < folded.Length; i++)
        {
            if ((i == 0 || folded[i - 1] == ' ') && BodyStarts.Any(b => string.CompareOrdinal(folded, i, b, 0, b.Length) == 0)
                && !starts.Any(s => i - s < 4) && !InsideBody(folded, i))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return clean.Length == 0 ? [] : [clean];
        }

        var original = starts.Select(s => s == 0 ? 0 : map[s - 1] + 1).Append(clean.Length).ToList();
        return [.. original.Zip(original.Skip(1)).Select(p => clean[p.First..p.Second].Trim()).Where(s => s.Length > 0)];
    }

    // "HỘI" inside "HỘI ĐỒNG", "ỦY BAN NHÂN DÂN" after "HỘI ĐỒNG NHÂN DÂN", "sở" in "cơ sở": not a new body.
    private static bool InsideBody(string folded, int i) =>
        (i >= 4 && string.CompareOrdinal(folded, i - 4, "hoi ", 0, 4) == 0)
        || (i >= 3 && string.CompareOrdinal(folded, i - 3, "co ", 0, 3) == 0)
        || (i >= 4 && string.CompareOrdinal(folded, i - 4, "thu ", 0, 4) == 0);

    /// <summary>The unit a segment names: ("tỉnh", "Hải Dương"), ("thành phố", "Hà Nội"), ("xã", "Thạnh Lợi").</summary>
    private static (string Kind, string Name)? Unit(string segment)
    {
        var folded = VietnameseText.FoldWithMap(segment, out var map);
        var m = UnitWords().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var start = map[m.Groups["name"].Index];
        var name = segment[start..].Trim().TrimEnd('.', ',', ';', ':');
        var kind = segment[map[m.Groups["kind"].Index]..start].Trim();
        return name.Length == 0 ? null : (kind.ToLower(Vi), ProperName(name));
    }

    /// <summary>The body's own words: "ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG" → "Ủy ban nhân dân"; "SỞ GIÁO DỤC VÀ ĐÀO TẠO" kept whole.</summary>
    private static string? Body(string segment)
    {
        var folded = VietnameseText.FoldWithMap(segment, out var map);
        if (folded.StartsWith("ubnd", StringComparison.Ordinal))
        {
            return "Ủy ban nhân dân";
        }

        var m = UnitWords().Match(folded);
        var end = m.Success ? map[m.Groups["kind"].Index] : segment.Length;
        var body = segment[..end].Trim().TrimEnd(',', '-').Trim();
        if (body.Length == 0 || !body.Any(char.IsLetter))
        {
            return null;
        }

        // Keep consonant-only abbreviations (PCGD, XMC, THPT) as written; lower the rest, capital first.
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) =>
            IsAbbreviation(w) ? w : i == 0 ? Proper(w) : w.ToLower(Vi)).ToList();
        var text = string.Join(' ', words).Replace("Uỷ", "Ủy", StringComparison.Ordinal).Replace("uỷ", "ủy", StringComparison.Ordinal);
        // A school or centre keeps its proper name ("Trường THPT Huỳnh Ngọc Huệ").
        if (VietnameseText.Fold(text).StartsWith("truong ", StringComparison.Ordinal))
        {
            text = string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => IsAbbreviation(w) ? w : Proper(w)));
        }

        return text;
    }

    private static bool IsAbbreviation(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper) && !VietnameseText.Fold(new string([.. letters])).Any(c => "aeiouy".Contains(c, StringComparison.Ordinal));
    }

    private static UnitLevel LevelOf(string kind, string name)
    {
        var k = VietnameseText.Fold(kind);
        return k switch
        {
            "tinh" => UnitLevel.Province,
            "thanh pho" => CentralCities.Contains(VietnameseText.Fold(name)) ? UnitLevel.Province : UnitLevel.District,
            "huyen" or "quan" or "thi xa" => UnitLevel.District,
            _ => UnitLevel.Commune,
        };
    }

    private static bool SameName(string directoryName, string name, bool accented)
    {
        static string Norm(string s) => Spaces().Replace(VietnameseText.Nfc(s).ToLower(Vi).Replace("uỷ", "ủy", StringComparison.Ordinal)
            .Replace("ubnd", "ủy ban nhân dân", StringComparison.Ordinal).Replace(" - ", "-", StringComparison.Ordinal), " ").Trim();
        return accented
            ? string.Equals(ToneNeutral(Norm(directoryName)), ToneNeutral(Norm(name)), StringComparison.Ordinal)
            : VietnameseText.Fold(Norm(directoryName)) == VietnameseText.Fold(Norm(name));
    }

    /// <summary>"hoà" and "hòa" are one spelling (old and new tone placement): each word as its letters plus its marks.</summary>
    private static string ToneNeutral(string s) => string.Join(' ', s.Split(' ').Select(w =>
    {
        var nfd = w.Normalize(NormalizationForm.FormD);
        return VietnameseText.Fold(w) + "|" + new string([.. nfd.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark).Order()]);
    }));

    public static bool HasAccents(string s) => s.Normalize(NormalizationForm.FormD).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        || s.Contains('đ', StringComparison.Ordinal) || s.Contains('Đ', StringComparison.Ordinal);

    private static string Proper(string word) => word.Length == 0 ? word : char.ToUpper(word[0], Vi) + word[1..].ToLower(Vi);

    private static string ProperName(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
        string.Join('-', w.Split('-').Select(Proper))));

    [GeneratedRegex(@"(?:^|\s)(?<kind>tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+(?<name>[a-z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWords();

    // Table pipes and separator dashes of web copies.
    [GeneratedRegex(@"\||-{2,}|_{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Junk();

    // "DÂNTỈNH" (a lost space in a web copy).
    [GeneratedRegex(@"(DÂN)(TỈNH|HUYỆN|THÀNH|XÃ|PHƯỜNG|QUẬN|THỊ)", RegexOptions.CultureInvariant)]
    private static partial Regex Glued();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
