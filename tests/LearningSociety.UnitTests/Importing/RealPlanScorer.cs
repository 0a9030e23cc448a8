using System.Globalization;
using System.Text;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// Scores a draft against the hand-written facts of a real plan, field by field: right, wrong but
/// flagged "cần kiểm tra", or wrong and not flagged (the failure that matters: a guess shown as a fact).
/// A right value that is also flagged counts as right. A value the text does not state (null) is right
/// only when the draft leaves it empty too.
/// </summary>
internal static class RealPlanScorer
{
    public static readonly string[] HeaderFields = ["số", "ký hiệu", "ngày", "địa danh", "cơ quan BH", "đơn vị", "cấp", "giai đoạn", "tên"];

    public static readonly string[] Fields = [.. HeaderFields, "căn cứ", "nhiệm vụ", "chủ trì", "chỉ tiêu"];

    public static void Score(RealPlanFacts facts, PlanImportResult result, RealPlanTally tally, List<string> misses, string id)
    {
        var d = result.Draft;
        void Add(string field, bool right, bool flagged, string expected, string? actual)
        {
            var verdict = right ? Verdict.Right : flagged ? Verdict.Flagged : Verdict.Wrong;
            tally.Add(field, verdict);
            if (verdict == Verdict.Wrong)
            {
                misses.Add($"{id} {field}: cần “{expected}”, đọc “{actual}”");
            }
        }

        bool Flag(DraftField f) => d.Uncertain.Contains(f);
        Add("số", facts.Number == d.Number, Flag(DraftField.Number), facts.Number ?? "—", d.Number);
        Add("ký hiệu", facts.Symbol == d.Symbol?.Replace(" ", string.Empty, StringComparison.Ordinal), Flag(DraftField.Symbol), facts.Symbol ?? "—", d.Symbol);
        var date = DateOnly.ParseExact(facts.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Add("ngày", d.IssuedOn == date, Flag(DraftField.IssuedOn), facts.IssuedOn, d.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("địa danh", SameName(facts.Place, d.IssuedPlace), Flag(DraftField.IssuedPlace), facts.Place ?? "—", d.IssuedPlace);
        Add("cơ quan BH", SameName(facts.Issuer, d.IssuerName), Flag(DraftField.Issuer), facts.Issuer, d.IssuerName);
        Add("đơn vị", SameName(facts.Unit, d.UnitName), Flag(DraftField.Unit), facts.Unit ?? "—", d.UnitName);
        Add("cấp", Level(facts.Level) == d.Level, Flag(DraftField.Level), facts.Level ?? "—", d.Level?.ToString());
        Add("giai đoạn", facts.PeriodStart == d.PeriodStart && facts.PeriodEnd == d.PeriodEnd, Flag(DraftField.Period),
            $"{facts.PeriodStart}–{facts.PeriodEnd}", $"{d.PeriodStart}–{d.PeriodEnd}");
        Add("tên", facts.Title is null ? string.IsNullOrEmpty(d.Title) : d.Title is not null && TextSimilarity.Folded(facts.Title, d.Title) >= 0.8,
            Flag(DraftField.Title), facts.Title ?? "—", d.Title);

        foreach (var reference in facts.Legal)
        {
            Add("căn cứ", d.LegalBasis.Any(l => SameReference(reference, l)), false, reference, string.Join("; ", d.LegalBasis.Select(l => l.Reference)));
        }

        var names = result.AgencyProposals.ToDictionary(p => p.Key, p => p.Name, StringComparer.Ordinal);
        var tasks = d.AllNodes().Where(n => n.IsTask).ToList();
        var matched = new HashSet<DraftNode>();
        foreach (var task in facts.Tasks)
        {
            var node = tasks.FirstOrDefault(n => !matched.Contains(n) && SameTask(task.Text, n.Text ?? n.Title ?? string.Empty));
            Add("nhiệm vụ", node is not null, false, task.Text, null);
            if (node is null)
            {
                continue;
            }

            matched.Add(node);
            if (task.Lead is { } lead)
            {
                var leads = node.Lead.Select(k => names.GetValueOrDefault(k) ?? AgencyName(k)).ToList();
                Add("chủ trì", lead.Count == leads.Count && lead.All(e => leads.Any(a => VietnameseText.ContainsFolded(a, e))), node.Uncertain,
                    string.Join(", ", lead), string.Join(", ", leads));
            }
        }

        foreach (var extra in tasks.Where(n => !matched.Contains(n)))
        {
            tally.Add("NV thừa", extra.Uncertain ? Verdict.Flagged : Verdict.Wrong);
            misses.Add($"{id} NV thừa: “{Shorten(extra.Text ?? extra.Title)}”");
        }

        var used = new HashSet<DraftTarget>();
        foreach (var target in facts.Targets)
        {
            var same = d.Targets.FirstOrDefault(t => !used.Contains(t) && t.Value == target.Value && t.Year == target.Year);
            var valueOnly = same ?? d.Targets.FirstOrDefault(t => !used.Contains(t) && t.Value == target.Value);
            if (valueOnly is not null)
            {
                used.Add(valueOnly);
            }

            Add("chỉ tiêu", same is not null, valueOnly?.Uncertain == true, $"{target.Value} ({target.Year})",
                valueOnly is null ? null : $"{valueOnly.Value} ({valueOnly.Year})");
        }
    }

    /// <summary>The directory's own name for a key of the test directory ("ubnd:tinh-hai-duong" is never guessed here).</summary>
    public static Func<string, string> AgencyName { get; set; } = k => k;

    private static UnitLevel? Level(string? level) => level switch
    {
        "province" => UnitLevel.Province,
        "district" => UnitLevel.District,
        "commune" => UnitLevel.Commune,
        _ => null,
    };

    /// <summary>
    /// Same words, and in each word the same accents wherever the tone mark sits ("Hòa" = "Hoà"),
    /// so "Tịnh" ≠ "Tỉnh"; "UBND" is "Ủy ban nhân dân".
    /// </summary>
    public static bool SameName(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && string.IsNullOrWhiteSpace(actual);
        }

        var a = Words(expected);
        var b = Words(actual);
        return a.Count == b.Count && a.Zip(b).All(p => p.First == p.Second);
    }

    private static List<string> Words(string s)
    {
        var text = VietnameseText.Nfc(s).ToLower(CultureInfo.GetCultureInfo("vi-VN"))
            .Replace("ubnd", "ủy ban nhân dân", StringComparison.Ordinal)
            .Replace("uỷ", "ủy", StringComparison.Ordinal)
            .Replace("-", " ", StringComparison.Ordinal)
            .Replace(",", " ", StringComparison.Ordinal);
        return [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Signature)];
    }

    private static string Signature(string word)
    {
        var nfd = word.Normalize(NormalizationForm.FormD);
        var marks = nfd.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark).Order();
        return VietnameseText.Fold(word) + "|" + new string([.. marks]);
    }

    private static bool SameReference(string expected, DraftLegalReference draft)
    {
        static string Key(string s) => VietnameseText.Fold(s).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (expected.StartsWith("Luật", StringComparison.Ordinal))
        {
            var e = Key(expected);
            return Key(draft.Reference).Contains(e, StringComparison.Ordinal) || Key(draft.Title ?? string.Empty).Contains(e, StringComparison.Ordinal)
                || (Key(draft.Reference).Length > 6 && e.Contains(Key(draft.Reference), StringComparison.Ordinal));
        }

        return Key(expected) == Key(draft.Reference);
    }

    private static bool SameTask(string expected, string draft)
    {
        var e = VietnameseText.Fold(expected);
        var d = VietnameseText.Fold(draft);
        var n = Math.Min(60, Math.Min(e.Length, d.Length));
        return n >= 20 && (d.Contains(e[..n], StringComparison.Ordinal) || TextSimilarity.Folded(e[..n], d[..Math.Min(d.Length, n + 10)]) >= 0.8);
    }

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length <= 70 ? s : s[..70] + "…";
}
