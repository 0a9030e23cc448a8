using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Cuts a plan's text into its header lines, title, body paragraphs and attached outline (đề cương).
/// Copes with both layouts seen in practice: one paragraph per line (copied from Word) and
/// hard-wrapped OCR output where a paragraph runs over many lines.
/// </summary>
internal sealed partial class PlanLayout
{
    public List<(int Line, string Text)> HeaderLines { get; } = [];

    public SourceParagraph? Title { get; private set; }

    /// <summary>Paragraphs between the title and "Nơi nhận", the outline excluded.</summary>
    public List<SourceParagraph> Body { get; } = [];

    /// <summary>Paragraphs of an attached report outline ("ĐỀ CƯƠNG").</summary>
    public List<SourceParagraph> Outline { get; } = [];

    /// <summary>The text has no capital letters (it was folded), so case tells nothing.</summary>
    public bool Caseless { get; private set; }

    public static PlanLayout Read(string text, List<ImportIssue> issues)
    {
        var layout = new PlanLayout { Caseless = !text.Any(char.IsUpper) };
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(Clean).ToArray();

        var planWord = Array.FindIndex(lines, l => VietnameseText.Fold(l) == "ke hoach");
        if (planWord < 0)
        {
            // A decision, directive or report: its own heading word stands where "KẾ HOẠCH" would.
            planWord = Array.FindIndex(lines, l => VietnameseText.Fold(l) is "quyet dinh" or "chi thi" or "bao cao" or "chuong trinh");
        }

        if (planWord < 0)
        {
            // "KẾ HOẠCH HOẠT ĐỘNG CỦA HỘI KHUYẾN HỌC": the heading and the title on one line, under the date.
            var dated = Array.FindIndex(lines, l => DateLine().IsMatch(VietnameseText.Fold(l)));
            var joined = dated < 0 ? -1 : Array.FindIndex(lines, dated, l => VietnameseText.Fold(l).StartsWith("ke hoach ", StringComparison.Ordinal) && !l.Any(char.IsLower));
            if (joined >= 0)
            {
                lines[joined] = lines[joined][8..].Trim();
                planWord = joined - 1;
                for (var i = 0; i <= planWord; i++)
                {
                    if (lines[i].Length > 0)
                    {
                        layout.HeaderLines.Add((i + 1, lines[i]));
                    }
                }

                layout.ReadBody(lines, planWord + 1, issues, hasTitle: true);
                return layout;
            }
        }

        if (planWord < 0)
        {
            issues.Add(new ImportIssue("Đầu văn bản", "Không tìm thấy dòng “KẾ HOẠCH”; phần đầu văn bản được đọc đến đoạn căn cứ hoặc mục I đầu tiên."));
            var dateLine = Array.FindIndex(lines, l => DateLine().IsMatch(VietnameseText.Fold(l)));
            planWord = Array.FindIndex(lines, Math.Max(0, dateLine), l => IsBodyStart(l, layout.Caseless));
            planWord = planWord < 0 ? -1 : planWord - 1;
            for (var i = 0; i <= planWord; i++)
            {
                if (lines[i].Length > 0)
                {
                    layout.HeaderLines.Add((i + 1, lines[i]));
                }
            }

            layout.ReadBody(lines, planWord + 1, issues, hasTitle: false);
            return layout;
        }

        for (var i = 0; i < planWord; i++)
        {
            if (lines[i].Length > 0)
            {
                layout.HeaderLines.Add((i + 1, lines[i]));
            }
        }

        layout.ReadBody(lines, planWord + 1, issues, hasTitle: true);
        return layout;
    }

    private void ReadBody(string[] lines, int from, List<ImportIssue> issues, bool hasTitle)
    {
        var end = Array.FindIndex(lines, from, l => NoiNhan().IsMatch(VietnameseText.Fold(l)));
        if (end < 0)
        {
            end = lines.Length;
        }

        var wrapped = IsHardWrapped(lines, from, end);
        var fullLine = wrapped ? 0.6 * WrapWidth(lines, from, end) : double.MaxValue;
        var previousLine = string.Empty;
        var paragraphs = new List<SourceParagraph>();
        var current = new StringBuilder();
        var currentLine = 0;
        ItemLabel? currentLabel = null;
        var pendingBlank = false;
        var inOutline = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                var paragraphText = current.ToString().Trim();
                var label = ItemLabel.Parse(paragraphText, Caseless);
                var target = inOutline ? Outline : paragraphs;
                target.Add(new SourceParagraph(currentLine, paragraphText, label));
            }

            current.Clear();
            currentLabel = null;
        }

        for (var i = from; i < end; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                pendingBlank = true;
                continue;
            }

            if (IsDecoration(line))
            {
                continue;
            }

            if (IsSignature(line))
            {
                break;
            }

            if (PageNumber().IsMatch(line) || IsStrayCaps(lines, i, line))
            {
                issues.Add(ImportIssue.AtLine(i + 1, $"Bỏ qua dòng “{line}” (số trang hoặc phần đầu trang bị cắt)."));
                continue;
            }

            var folded = VietnameseText.Fold(line);
            if (!inOutline && folded.StartsWith("de cuong", StringComparison.Ordinal) && folded.Length <= 40)
            {
                Flush();
                inOutline = true;
                pendingBlank = false;
                continue;
            }

            if (folded.StartsWith("phu luc", StringComparison.Ordinal) && folded.Length <= 40)
            {
                issues.Add(ImportIssue.AtLine(i + 1, "Phần phụ lục không được đọc; hãy nhập các nhiệm vụ trong phụ lục bằng tay hoặc qua bảng tính."));
                break;
            }

            var label = ItemLabel.Parse(line, Caseless);
            var inTitle = hasTitle && paragraphs.Count == 0 && !inOutline;
            var startsNew = current.Length == 0
                || (inTitle && (label is not null || pendingBlank || IsBodyStart(line, Caseless)))
                || (!inTitle && label is not null && !IsWrappedDash(label, previousLine, pendingBlank, wrapped, fullLine))
                || (!inTitle && label is null && wrapped && !pendingBlank && !ContinuesWrappedLine(previousLine, line, fullLine))
                || (!inTitle && pendingBlank && !ContinuesAcrossBreak(current, currentLabel, line))
                || (!inTitle && !pendingBlank && !wrapped && !ContinuesAcrossBreak(current, currentLabel, line));

            if (startsNew)
            {
                Flush();
                currentLine = i + 1;
                currentLabel = label;
                current.Append(line);
            }
            else
            {
                // A word cut by a hyphen at the end of an OCR line ("11-" / "CT/TW") joins without a space.
                var joinTight = current.Length > 1 && current[^1] == '-' && char.IsLetterOrDigit(current[^2]);
                if (!joinTight)
                {
                    current.Append(' ');
                }

                current.Append(line);
            }

            previousLine = line;
            pendingBlank = false;
        }

        Flush();
        if (hasTitle && paragraphs.Count > 0)
        {
            Title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        Body.AddRange(paragraphs);
    }

    /// <summary>
    /// The title runs over the lines under "KẾ HOẠCH" up to a blank line or the first "Căn cứ" / "Thực hiện" / label.
    /// After it, a line after a blank line (or, in one-paragraph-per-line text, after any line) still belongs to
    /// the paragraph before when that paragraph stopped mid-sentence and the line goes on in lower case:
    /// a page break cut it.
    /// </summary>
    private bool ContinuesAcrossBreak(StringBuilder current, ItemLabel? currentLabel, string line)
    {
        if (current.Length == 0 || ".;:!?…".Contains(current[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (Caseless)
        {
            return currentLabel is null && current.Length >= 120 && ItemLabel.Parse(line, Caseless) is null;
        }

        return char.IsLower(line[0]) || (char.IsDigit(line[0]) && ItemLabel.Parse(line, Caseless) is null);
    }

    /// <summary>
    /// In hard-wrapped OCR text, "- xã hội" at the start of a line is the rest of "chính trị - xã hội", not a
    /// bullet: the line before ran to the margin without ending its sentence.
    /// </summary>
    private static bool IsWrappedDash(ItemLabel label, string previousLine, bool pendingBlank, bool wrapped, double fullLine) =>
        wrapped && !pendingBlank && label.Kind == LabelKind.Dash && previousLine.Length >= fullLine
        && !".;:!?".Contains(previousLine[^1], StringComparison.Ordinal);

    /// <summary>
    /// In hard-wrapped text a line goes on the paragraph before when that line ran to the margin, ended on a
    /// comma or hyphen, or this one starts in lower case; after a short line ("2. Yêu cầu") a capital starts anew.
    /// </summary>
    private static bool ContinuesWrappedLine(string previousLine, string line, double fullLine) =>
        previousLine.Length == 0 || previousLine.Length >= fullLine || ",-".Contains(previousLine[^1], StringComparison.Ordinal)
        || !char.IsUpper(line[0]);

    /// <summary>The margin of hard-wrapped text: the length most full lines reach (80th percentile).</summary>
    private static double WrapWidth(string[] lines, int from, int end)
    {
        var lengths = lines[from..end].Where(l => l.Length > 0).Select(l => l.Length).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[(int)(0.8 * (lengths.Count - 1))];
    }

    private static bool IsHardWrapped(string[] lines, int from, int end)
    {
        var nonBlank = 0;
        var wrappedLines = 0;
        for (var i = from; i < end; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            nonBlank++;
            if (i + 1 < end && lines[i + 1].Length > 0 && lines[i].Length >= 50 && !".;:!?".Contains(lines[i][^1], StringComparison.Ordinal))
            {
                wrappedLines++;
            }
        }

        // Scans wrap nearly every line; web copies wrap the long paragraphs and leave headings short.
        return nonBlank > 0 && wrappedLines >= 3 && wrappedLines >= 0.15 * nonBlank;
    }

    /// <summary>A short all-capital line standing alone in the body: a running page header cut by the scan ("KIẾN GI.").</summary>
    private bool IsStrayCaps(string[] lines, int i, string line)
    {
        if (Caseless || line.Length > 20 || ItemLabel.Parse(line, false) is not null || !line.Any(char.IsLetter)
            || line.Where(char.IsLetter).Any(char.IsLower) || line.Split(' ').Length > 3)
        {
            return false;
        }

        var folded = VietnameseText.Fold(line);
        if (folded is "ke hoach" || folded.StartsWith("de cuong", StringComparison.Ordinal) || folded.StartsWith("phu luc", StringComparison.Ordinal))
        {
            return false;
        }

        var blankBefore = i == 0 || lines[i - 1].Length == 0;
        var blankAfter = i + 1 >= lines.Length || lines[i + 1].Length == 0;
        return blankBefore && blankAfter;
    }

    /// <summary>The national motto, separator rules and the pipes of web tables: never a paragraph of the plan.</summary>
    private static bool IsDecoration(string line)
    {
        var folded = VietnameseText.Fold(line).Trim('|', ' ');
        return !line.Any(char.IsLetterOrDigit) || folded.StartsWith("cong hoa xa hoi chu nghia", StringComparison.Ordinal)
            || folded.StartsWith("doc lap", StringComparison.Ordinal) || folded == "cong hoa xa hoi";
    }

    /// <summary>"KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH": the signature block ends the text that is read.</summary>
    private static bool IsSignature(string line)
    {
        var folded = VietnameseText.Fold(line).Trim('|', ' ');
        return SignatureLine().IsMatch(folded) && !line.Any(char.IsLower);
    }

    private static bool IsBodyStart(string line, bool caseless)
    {
        var folded = VietnameseText.Fold(line).TrimStart('|', ' ');
        return folded.StartsWith("can cu", StringComparison.Ordinal)
            || folded.StartsWith("thuc hien", StringComparison.Ordinal)
            || folded.StartsWith("kinh gui", StringComparison.Ordinal)
            || (!line.Any(char.IsLower) && (folded.StartsWith("chu tich uy ban", StringComparison.Ordinal) || folded.StartsWith("thu tuong chinh phu", StringComparison.Ordinal)
                || (AuthorityCommittee().IsMatch(folded) && !folded.Contains("cong hoa", StringComparison.Ordinal))))
            || ItemLabel.Parse(line, caseless) is { Kind: LabelKind.Roman };
    }

    /// <summary>Drops Markdown decoration and odd spaces; keeps the words.</summary>
    private static string Clean(string line)
    {
        var s = line.Replace('\u00A0', ' ').Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        s = MarkdownHeading().Replace(s, string.Empty);
        s = s.Replace("*", string.Empty, StringComparison.Ordinal);
        return s.Trim();
    }

    [GeneratedRegex(@"^\s*#{1,6}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:kt|tm|tl|tuq)\s*\.|^(?:pho )?chu tich$|^(?:pho )?giam doc$|^(?:pho )?truong ban$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"ngay\s*\S{0,4}\s*thang\s*\d{1,2}\s*n\S{0,2}m\s*\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^uy ban nhan dan ?(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) ", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityCommittee();

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    // "Nơi nhận:" opens the distribution list; OCR gives "Noi nhin", "Noi nhan".
    [GeneratedRegex(@"^n[o0]i nh\S{1,3}\s*:?", RegexOptions.CultureInvariant)]
    private static partial Regex NoiNhan();
}
