using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Reads the header of a plan: issuer lines ("ỦY BAN NHÂN DÂN / TỈNH LONG AN"), number and symbol
/// ("Số: 129/KH-UBND"), place and date ("Long An, ngày 02 tháng 6 năm 2020") and the title under "KẾ HOẠCH".
/// Scanned headers put the national motto beside the issuer on the same lines; it is cut away.
/// </summary>
internal static partial class HeaderReader
{
    public static void Read(PlanLayout layout, string fullText, AgencyMatcher matcher, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft, List<ImportIssue> issues)
    {
        var firstMetaLine = int.MaxValue;
        var header = layout.HeaderLines.Where(h => h.Text.Any(char.IsLetterOrDigit)).ToList();
        for (var k = 0; k < header.Count; k++)
        {
            var (line, text) = header[k];
            // Web copies break "Tuyên Quang, ngày" / "27 tháng 12 năm 2021" (or "Cao Bằng, ngày 23" / "tháng 8 năm 2022") over lines.
            for (var next = k + 1; next < header.Count && next <= k + 2 && draft.IssuedOn is null
                && !PlaceDate().IsMatch(VietnameseText.Fold(text)) && PartialDate().IsMatch(VietnameseText.Fold(text)); next++)
            {
                text = text + " " + header[next].Text.Trim('|', ' ');
            }

            var m = NumberSymbol().Match(text);
            if (draft.Symbol is null && m.Success)
            {
                draft.Number = m.Groups["num"].Success ? m.Groups["num"].Value : null;
                draft.Symbol = FixSymbol(m.Groups["sym"].Value);
                if (text.AsSpan(m.Index + m.Length).TrimStart(' ').StartsWith("-", StringComparison.Ordinal))
                {
                    // "255 / BC-BCĐPCGD-" with "XMC" on a later line: the symbol goes on elsewhere, so what was read is only its start.
                    draft.Uncertain.Add(DraftField.Symbol);
                }

                firstMetaLine = Math.Min(firstMetaLine, line);
                if (draft.Number is null)
                {
                    issues.Add(ImportIssue.AtLine(line, "Văn bản để trống số; chỉ đọc được ký hiệu " + draft.Symbol + "."));
                }
            }

            if (draft.IssuedOn is null && ReadPlaceAndDate(text, m.Success ? m.Index + m.Length : 0, directory, draft, line, issues))
            {
                firstMetaLine = Math.Min(firstMetaLine, line);
            }
        }

        if (draft.Symbol is null)
        {
            // A plan whose first page is lost still names itself in its annexes: "(Kèm theo Kế hoạch số 137/KH-UBND …)".
            var annex = AnnexReference().Match(fullText);
            if (annex.Success)
            {
                draft.Number = annex.Groups["num"].Value;
                draft.Symbol = FixSymbol(annex.Groups["sym"].Value);
                issues.Add(new ImportIssue("Đầu văn bản", $"Không có dòng “Số: …”; số {draft.Number}/{draft.Symbol} được lấy từ phần “Kèm theo Kế hoạch số …”."));
            }
            else
            {
                issues.Add(new ImportIssue("Đầu văn bản", "Không tìm thấy số và ký hiệu văn bản (Số: …/KH-…)."));
            }
        }

        if (draft.IssuedOn is null)
        {
            issues.Add(new ImportIssue("Đầu văn bản", "Không đọc được địa danh và ngày ban hành (…, ngày … tháng … năm …)."));
        }

        ReadIssuer(layout, firstMetaLine, directory, draft);
        if (layout.Title is { } title)
        {
            draft.Title = Collapse(title.Text);
            if (TitleRunsOn().IsMatch(VietnameseText.Fold(draft.Title)))
            {
                // "… XÓA MÙ CHỮ Thời điểm tháng 10 năm 2020 PHẦN THỨ NHẤT …": the first headings were read as the title's end.
                draft.Uncertain.Add(DraftField.Title);
            }
        }
        else if (header.Select(h => Subject().Match(h.Text)).FirstOrDefault(m => m.Success) is { } subject)
        {
            // An official letter names itself in its "V/v: …" line.
            draft.Title = Collapse(subject.Groups["t"].Value);
        }
        else
        {
            issues.Add(new ImportIssue("Đầu văn bản", "Không tìm thấy tên kế hoạch dưới dòng “KẾ HOẠCH”."));
        }

        // What the header does not state is left blank and marked: the person fills it in.
        if (draft.Number is null)
        {
            draft.Uncertain.Add(DraftField.Number);
        }

        if (draft.Symbol is null)
        {
            draft.Uncertain.Add(DraftField.Symbol);
        }

        if (draft.IssuedOn is null || !draft.IssuedOnDayKnown)
        {
            draft.Uncertain.Add(DraftField.IssuedOn);
        }

        if (draft.IssuedPlace is null)
        {
            draft.Uncertain.Add(DraftField.IssuedPlace);
        }

        if (draft.Title is null)
        {
            draft.Uncertain.Add(DraftField.Title);
        }
    }

    /// <summary>The plan states who issues it in its opening: "UBND tỉnh ban hành Kế hoạch …", "Ban Chỉ đạo … xây dựng Kế hoạch …".</summary>
    public static string? IssuerFromPreamble(IEnumerable<SourceParagraph> preamble, AgencyMatcher matcher)
    {
        foreach (var paragraph in preamble)
        {
            var tokens = TokenizedText.Create(paragraph.Text);
            foreach (var mention in matcher.Find(tokens, detectUnknown: false))
            {
                for (var gap = 0; gap <= 3; gap++)
                {
                    var at = mention.To + gap;
                    if (tokens.IsAt(at, "ban", "hanh", "ke", "hoach") || tokens.IsAt(at, "xay", "dung", "ke", "hoach"))
                    {
                        return mention.Key;
                    }
                }
            }
        }

        return null;
    }

    private static bool ReadPlaceAndDate(string text, int after, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft, int line, List<ImportIssue> issues)
    {
        var folded = VietnameseText.FoldWithMap(text, out var map);
        var m = PlaceDate().Match(folded);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var dayKnown = m.Groups["d"].Success;
        var day = dayKnown ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12 || year < 1900 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            issues.Add(ImportIssue.AtLine(line, "Ngày ban hành không hợp lệ: " + text.Trim()));
            return false;
        }

        draft.IssuedOn = new DateOnly(year, month, day);
        draft.IssuedOnDayKnown = dayKnown;
        if (!dayKnown)
        {
            issues.Add(ImportIssue.AtLine(line, "Văn bản để trống ngày ban hành; tạm lấy ngày 01 của tháng."));
        }

        var placeEnd = m.Index == 0 ? 0 : map[m.Index - 1] + 1;
        var start = Math.Min(after, placeEnd);
        var place = text[start..placeEnd].Trim().Trim('|').Trim().TrimEnd(',').Trim();
        if (place.Length > 0)
        {
            // Accents are restored only where the text has none (OCR); a place written with accents is kept as written.
            // A one-word place is most often the end of a name split over two lines ("Quảng" / "Trị, ngày …"): checked by a person.
            var restored = IssuerHeader.HasAccents(place) ? null : KnownPlace(place, directory);
            draft.IssuedPlace = restored ?? place;
            if (!IssuerHeader.HasAccents(draft.IssuedPlace) || !draft.IssuedPlace.Contains(' ', StringComparison.Ordinal))
            {
                draft.Uncertain.Add(DraftField.IssuedPlace);
            }
            else if (restored is not null)
            {
                draft.Uncertain.Add(DraftField.IssuedPlace);
            }
        }
        else
        {
            draft.Uncertain.Add(DraftField.IssuedPlace);
        }

        return true;
    }

    /// <summary>Restores a place name OCR stripped of its accents from the directory's names ("Thap Mueoi" → "Tháp Mười").</summary>
    private static string? KnownPlace(string place, IReadOnlyList<AgencyDirectoryEntry> directory)
    {
        var key = VietnameseText.Fold(place);
        foreach (var entry in directory)
        {
            var m = PlaceInName().Match(entry.Name);
            if (m.Success && TextSimilarity.Levenshtein(VietnameseText.Fold(m.Groups["place"].Value), key) >= 0.8)
            {
                return m.Groups["place"].Value.Trim();
            }
        }

        return null;
    }

    private static void ReadIssuer(PlanLayout layout, int firstMetaLine, IReadOnlyList<AgencyDirectoryEntry> directory, PlanDraft draft)
    {
        var parts = new List<string>();
        var authority = new List<string>();
        foreach (var (line, text) in layout.HeaderLines)
        {
            if (line >= firstMetaLine)
            {
                // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG" under the date of a decision says who issues it.
                if (IsAuthorityLine(text))
                {
                    authority.Add(text);
                }

                continue;
            }

            var tokens = TokenizedText.Create(text);
            var cut = text.Length;
            for (var i = 0; i < tokens.Count; i++)
            {
                // "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA …": the motto broken over two lines of a web table.
                if (tokens.IsAt(i, "cong", "hoa") || tokens.IsAt(i, "doc", "lap") || tokens.IsAt(i, "hoa", "xa", "hoi")
                    || (i == tokens.Count - 1 && tokens.IsAt(i, "cong")) || tokens.IsAt(i, "tu", "do", "hanh") || tokens.IsAt(i, "chu", "nghia", "viet")
                    || tokens.IsAt(i, "ke", "hoach"))
                {
                    cut = tokens.Tokens[i].Start;
                    break;
                }
            }

            var kept = text[..cut].Trim();
            if (kept.Any(char.IsLetter))
            {
                // "TỈNH KHÁNH H" / "ÒA": a word broken over two lines of a web table joins without a space.
                var tight = parts.Count > 0 && parts[^1].Split(' ')[^1].Length == 1 && !kept.Contains(' ', StringComparison.Ordinal);
                if (tight)
                {
                    parts[^1] += kept;
                }
                else
                {
                    parts.Add(kept);
                }
            }
        }

        authority.AddRange(layout.Body.Take(8).Where(p => p.Label is null).SelectMany(p => IsAuthorityLine(p.Text) ? [p.Text] : OpeningAuthorities(p.Text)));
        draft.IssuerText = parts.Count == 0 ? null : VietnameseText.Nfc(string.Join(' ', parts));
        IssuerHeader.Read(draft.IssuerText, authority, draft.IssuedPlace, directory, draft);
    }

    private static bool IsAuthorityLine(string text)
    {
        var folded = VietnameseText.Fold(text).TrimStart('|', ' ');
        return text.Length <= 90 && !text.Any(char.IsLower) && text.Any(char.IsLetter)
            && (folded.StartsWith("chu tich uy ban nhan dan", StringComparison.Ordinal) || folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal)
                || folded.StartsWith("thu tuong chinh phu", StringComparison.Ordinal));
    }

    /// <summary>"UBND tỉnh Bình Thuận ban hành Kế hoạch …": the committee that issues the plan, up to the verb.</summary>
    private static IEnumerable<string> OpeningAuthorities(string text)
    {
        var folded = VietnameseText.FoldWithMap(text, out var map);
        foreach (Match m in OpeningAuthority().Matches(folded))
        {
            var g = m.Groups["who"];
            var start = map[g.Index];
            var end = g.Index + g.Length >= map.Length ? text.Length : map[g.Index + g.Length - 1] + 1;
            var name = map[m.Groups["name"].Index];
            // A place name is written with capitals: "UBND tỉnh về việc triển khai …" names no unit.
            if (char.IsUpper(text[name]))
            {
                yield return text[start..end];
            }
        }
    }

    // A symbol written without capitals (folded text) is upper-cased; OCR's "QD" is "QĐ".
    private static string FixSymbol(string symbol) =>
        SymbolD().Replace(symbol.Any(char.IsUpper) ? symbol : symbol.ToUpperInvariant(), m => m.Value.Replace('D', 'Đ'));

    private static string Collapse(string s) => VietnameseText.Nfc(Spaces().Replace(s, " "));

    [GeneratedRegex(@"\b(?:phan thu|chuong [ivx\d]|thoi diem thang)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleRunsOn();

    [GeneratedRegex(@"(?<num>\d{1,6})?\s*/\s*(?<sym>[A-ZĐa-zđ]{1,6}(?:-[A-ZĐa-zđ0-9]{1,12})+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSymbol();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})?\s*(?:\.{2,}|…)?\s*thang\s*(?<m>\d{1,2})\s*,?\s*n\S{0,2}m\s*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"(?:^|[\s,|])ngay(?:\s|$)|thang\s*\d{1,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDate();

    [GeneratedRegex(@"k[eè]m theo k[eế] ho[aạ]ch s[oố]\s*(?<num>\d{1,6})\s*/\s*(?<sym>[A-ZĐ]{1,6}(?:-[A-ZĐ]{1,12})+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnexReference();

    [GeneratedRegex(@"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)\s+(?<place>[A-ZĐÂĂÊÔƠƯ\p{Lu}][\p{L} ]{1,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceInName();

    // OCR and plain keyboards write Đ as D in document symbols: QD-TTg, ND-CP, BCD.
    [GeneratedRegex(@"(?<![A-Z])(?:QD|ND|BCD)(?![A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolD();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*V/v\s*:?\s*(?<t>\S.{5,})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"(?<who>(?:uy ?ban nhan ?dan|ubnd)\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+(?<name>(?:[a-z-]+\s+){0,3}?[a-z-]+))\s*(?:\([^)]*\)\s*)?(?:ban hanh|xay dung|trien khai)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningAuthority();
}
