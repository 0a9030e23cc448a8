using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Reads the documents a plan rests on from its opening paragraphs: "Căn cứ …" (basis),
/// "Thực hiện …" (implements), and the documents those in turn cite (cited): reference,
/// date, issuer, kind and title.
/// </summary>
internal static partial class LegalBasisReader
{
    // Issuers written so often that OCR damage can be repaired against them.
    private static readonly string[] KnownIssuers =
    [
        "Thủ tướng Chính phủ", "Chính phủ", "Ban Bí thư", "Bộ Chính trị", "Bộ Chính trị khóa X", "Ban Chấp hành Trung ương",
        "Bộ Giáo dục và Đào tạo", "Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ", "Quốc hội",
    ];

    public static void Read(IEnumerable<SourceParagraph> preamble, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft, List<ImportIssue> issues)
    {
        foreach (var paragraph in preamble)
        {
            var tokens = TokenizedText.Create(paragraph.Text);
            LegalRelation relation;
            if (tokens.IsAt(0, "can", "cu"))
            {
                relation = LegalRelation.Basis;
            }
            else if (tokens.IsAt(0, "thuc", "hien"))
            {
                relation = LegalRelation.Implements;
            }
            else
            {
                continue;
            }

            var found = ReadCitations(paragraph.Text, relation, directory, draft) + ReadLaws(paragraph.Text, relation, draft);
            if (found == 0)
            {
                issues.Add(ImportIssue.AtLine(paragraph.Line, "Không đọc được văn bản căn cứ trong đoạn: “" + Shorten(paragraph.Text) + "”."));
            }
        }
    }

    /// <summary>"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015": a law is cited by its name and date, without a number.</summary>
    private static int ReadLaws(string text, LegalRelation relation, PlanDraft draft)
    {
        var folded = VietnameseText.FoldWithMap(text, out var map);
        var count = 0;
        foreach (Match m in LawByName().Matches(folded))
        {
            var name = Original(text, map, m.Groups["law"]).Trim();
            if (VietnameseText.Fold(name).StartsWith("luat sua doi", StringComparison.Ordinal)
                || draft.LegalBasis.Any(r => VietnameseText.Fold(r.Reference) == VietnameseText.Fold(name)))
            {
                continue;
            }

            DateOnly? on = null;
            var d = LawDate().Match(folded, m.Index + m.Length);
            if (d.Success && d.Index == m.Index + m.Length)
            {
                var day = int.Parse(d.Groups["d"].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(d.Groups["m"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    on = new DateOnly(year, month, day);
                }
            }

            draft.LegalBasis.Add(new DraftLegalReference(name, LegalReferenceKind.Law, relation, on, "Quốc hội", name));
            count++;
        }

        return count;
    }

    /// <summary>Documents the body of the plan cites ("theo Kế hoạch số 2796/KH-UBND ngày 30/8/2021 của UBND tỉnh"), as cited.</summary>
    public static void ReadCited(IEnumerable<SourceParagraph> body, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft)
    {
        foreach (var paragraph in body)
        {
            ReadCitations(paragraph.Text, LegalRelation.Cited, directory, draft);
        }
    }

    private static int ReadCitations(string text, LegalRelation relation, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft)
    {
        var folded = VietnameseText.FoldWithMap(text, out var map);
        var matches = Citation().Matches(folded).ToList();
        var count = 0;
        var titleEnd = -1;
        foreach (var m in matches)
        {
            // A citation inside the title of the one before is what that document itself implements.
            var nested = m.Index < titleEnd;
            var reference = FixReference(Original(text, map, m.Groups["ref"]));
            if (draft.LegalBasis.Any(r => VietnameseText.Fold(r.Reference) == VietnameseText.Fold(reference)))
            {
                continue;
            }

            var issuer = m.Groups["issuer"].Success ? RestoreIssuer(Original(text, map, m.Groups["issuer"]), directory) : null;
            var ownEnd = ClauseEnd(folded, m.Index + m.Length);
            string? title = null;
            if (m.Groups["issuer"].Success || m.Groups["date"].Success)
            {
                var titleStart = m.Index + m.Length;
                title = CleanTitle(Original(text, map, titleStart, ownEnd));
            }

            if (!nested)
            {
                titleEnd = ownEnd;
            }

            draft.LegalBasis.Add(new DraftLegalReference(
                reference,
                KindOf(m.Groups["type"].Value, reference),
                nested ? LegalRelation.Cited : relation,
                m.Groups["date"].Success ? ParseDate(m.Groups["date"].Value) : null,
                issuer,
                string.IsNullOrWhiteSpace(title) ? null : title));
            count++;
        }

        return count;
    }

    /// <summary>Where a citation's clause ends: at the next top-level ";" or before ", X ban hành Kế hoạch".</summary>
    private static int ClauseEnd(string folded, int from)
    {
        var semicolon = folded.IndexOf(';', from);
        var end = semicolon < 0 ? folded.Length : semicolon;
        var issuing = Issuing().Match(folded, from);
        if (issuing.Success && issuing.Index < end)
        {
            end = issuing.Index;
        }

        return end;
    }

    private static string CleanTitle(string title)
    {
        var t = AfterName().Replace(title, string.Empty);
        return VietnameseText.Nfc(Spaces().Replace(t, " ")).Trim().TrimEnd('.', ',', ';').Trim();
    }

    private static string? RestoreIssuer(string written, IReadOnlyList<AgencyDirectoryEntry> directory)
    {
        var key = Canonical(written);
        var candidates = KnownIssuers.Concat(directory.Select(d => d.Name)).Concat(directory.Select(d => d.ShortName).OfType<string>());
        var best = candidates
            .Select(c => (Name: c, Score: TextSimilarity.Levenshtein(Canonical(c), key)))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        return best.Score >= 0.85 ? best.Name : VietnameseText.Nfc(Spaces().Replace(written, " ")).Trim();
    }

    private static string Canonical(string s) => string.Join(' ', TokenizedText.Create(s).Tokens.Select(t => t.Value));

    private static LegalReferenceKind KindOf(string type, string reference)
    {
        var party = PartySymbol().IsMatch(reference);
        return type switch
        {
            "quyet dinh" => LegalReferenceKind.Decision,
            "ke hoach" => party ? LegalReferenceKind.Party : LegalReferenceKind.Plan,
            "chi thi" => party ? LegalReferenceKind.Party : LegalReferenceKind.Directive,
            "nghi dinh" or "thong tu" or "luat" => LegalReferenceKind.Law,
            _ => party ? LegalReferenceKind.Party : LegalReferenceKind.Other,
        };
    }

    private static DateOnly? ParseDate(string folded)
    {
        var numbers = Digits().Matches(folded).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length != 3)
        {
            return null;
        }

        var (day, month, year) = (numbers[0], numbers[1], numbers[2]);
        return month is >= 1 and <= 12 && year >= 1900 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string FixReference(string reference)
    {
        // "1315/QĐ- TTg": a space slipped in after the hyphen.
        var upper = Whitespace().Replace(reference.Trim().TrimEnd('.', ','), string.Empty);
        return SymbolD().Replace(upper, m => m.Value.ToUpperInvariant().Replace('D', 'Đ'));
    }

    private static string Original(string text, int[] map, Group group) => Original(text, map, group.Index, group.Index + group.Length);

    private static string Original(string text, int[] map, int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart || foldedStart >= map.Length)
        {
            return string.Empty;
        }

        var start = map[foldedStart];
        var end = foldedEnd >= map.Length ? text.Length : map[foldedEnd];
        return text[start..end].Trim();
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    private const string Types = "quyet dinh|ke hoach|ket luan|chi thi|nghi quyet|nghi dinh|thong tu|luat|cong van|chuong trinh hanh dong|chuong trinh|de an|huong dan";

    private const string Date = @"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s*,?\s+n\S{0,2}m\s+\d{4}";

    [GeneratedRegex(
        @"(?<type>" + Types + @")\s+(?:s\S{0,2}\s+)?" +
        @"(?<ref>\d{1,6}(?:/\d{4})?[/-](?:[a-z0-9&/.]|-(?:\s(?=[a-z]))?)*[a-z](?:[a-z0-9&/.]|-(?:\s(?=[a-z]))?)*)" +
        @"(?:\s*,?\s*ngay\s+(?<date>" + Date + "))?" +
        @"(?:\s+c[a-z]{0,3}a\s+(?<issuer>.+?)(?=\s+(?:ve|ban hanh|phe duyet|trien khai|thuc hien|ve viec)\s|\s*[,;(]|\.(?:\s|$)|$|\s+va\s+(?:" + Types + @")\s))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?:^|[\s;,])(?<law>luat (?:[a-z&]+ ){1,9}?[a-z&]+)\s+(?=ngay\s)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LawByName();

    [GeneratedRegex(@"ngay\s+(?<d>\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?<m>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LawDate();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@",\s*[^,;]{0,90}?\s(?:ban hanh|xay dung)\s+k\S{0,2} hoach", RegexOptions.CultureInvariant)]
    private static partial Regex Issuing();

    [GeneratedRegex(@"\s*\((?:sau đây|sau day)[^)]*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterName();

    [GeneratedRegex(@"/(?:TW|TU|HU)$|-(?:KL|NQ|CT|CTr|KH)/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartySymbol();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<![A-Za-z])(?:QD|ND|qd|nd)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolD();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
