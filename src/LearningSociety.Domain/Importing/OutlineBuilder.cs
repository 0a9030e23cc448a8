using System.Globalization;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Turns labelled paragraphs into the plan's tree, numbering nodes as the seeds do: the document's
/// labels joined by "." ("II.1.2.b"), unlabelled paragraphs and bullets by their ordinal ("V.1.-2").
/// </summary>
internal static class OutlineBuilder
{
    public static List<OutlineItem> Build(IReadOnlyList<SourceParagraph> paragraphs, List<ImportIssue> issues)
    {
        var roots = new List<OutlineItem>();
        var stack = new List<OutlineItem>();
        var rootBullets = 0;

        foreach (var paragraph in paragraphs)
        {
            var label = paragraph.Label;
            var kind = label?.Kind ?? LabelKind.None;
            var closing = kind == LabelKind.None && IsClosing(paragraph.Text);
            OutlineItem? parent;
            string number;
            string[] parts = label?.Parts.ToArray() ?? [];

            switch (kind)
            {
                case LabelKind.Roman:
                    parent = null;
                    number = parts[0];
                    break;
                case LabelKind.Arabic:
                    (parent, number) = PlaceArabic(stack, parts, paragraph, issues);
                    break;
                case LabelKind.Letter:
                    parent = Nearest(stack, LabelKind.Arabic, LabelKind.Roman);
                    parts = [FixLetter(parent, parts[0], paragraph, issues)];
                    number = Join(parent, parts[0]);
                    break;
                case LabelKind.Plus:
                    var top = stack.LastOrDefault(s => s.Kind != LabelKind.Plus);
                    parent = top is { Kind: LabelKind.Dash } ? top : Nearest(stack, LabelKind.Arabic, LabelKind.Roman, LabelKind.Letter);
                    number = Join(parent, "-" + NextBullet(parent, ref rootBullets));
                    break;
                default:
                    parent = closing
                        ? stack.FirstOrDefault(s => s.Kind == LabelKind.Roman)
                        : Nearest(stack, LabelKind.Arabic, LabelKind.Roman, LabelKind.Letter);
                    number = Join(parent, "-" + NextBullet(parent, ref rootBullets));
                    break;
            }

            var item = new OutlineItem
            {
                Number = number,
                Kind = kind,
                Parts = parts,
                Paragraph = paragraph,
                Parent = parent,
                IsClosing = closing,
                Body = paragraph.Body,
            };

            (parent?.Children ?? roots).Add(item);
            if (kind == LabelKind.None)
            {
                continue;
            }

            var keep = parent is null ? 0 : stack.IndexOf(parent) + 1;
            stack.RemoveRange(keep, stack.Count - keep);
            stack.Add(item);
        }

        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()).ToList())
        {
            FoldIntroParagraph(item);
        }

        return roots;
    }

    /// <summary>
    /// "1.2." goes under "1." of the current Roman section. A "2." that does not follow on from the
    /// numbers already seen there means the section heading was lost (a missing page): the node is
    /// kept at the top level under its own number, as the seeds do, and the user is told.
    /// </summary>
    private static (OutlineItem? Parent, string Number) PlaceArabic(List<OutlineItem> stack, string[] parts, SourceParagraph paragraph, List<ImportIssue> issues)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var s = stack[i];
            if (s.Kind == LabelKind.Arabic && s.Parts.Length < parts.Length && parts.AsSpan(0, s.Parts.Length).SequenceEqual(s.Parts))
            {
                return (s, s.Number + "." + string.Join('.', parts[s.Parts.Length..]));
            }
        }

        var roman = stack.FirstOrDefault(s => s.Kind == LabelKind.Roman);
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            var siblings = roman?.Children ?? [];
            var last = siblings.LastOrDefault(c => c.Kind == LabelKind.Arabic && c.Parts.Length == 1);
            if (last is not null && int.TryParse(last.Parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var previous) && n <= previous)
            {
                issues.Add(ImportIssue.AtLine(paragraph.Line,
                    $"Mục “{paragraph.Label!.Written}” không nối tiếp mục “{last.Parts[0]}.” trước đó; có thể văn bản bị mất trang. Mục này được đặt ở cấp ngoài cùng, hãy kiểm tra lại vị trí."));
                return (null, parts[0]);
            }
        }

        if (parts.Length > 1)
        {
            issues.Add(ImportIssue.AtLine(paragraph.Line, $"Không tìm thấy mục cha của mục “{paragraph.Label!.Written}”."));
        }

        return (roman, Join(roman, string.Join('.', parts)));
    }

    /// <summary>OCR turns "đ)" into "d)" and "c)" into "¢)" or "C)"; the letter expected next decides.</summary>
    private static string FixLetter(OutlineItem? parent, string letter, SourceParagraph paragraph, List<ImportIssue> issues)
    {
        var previous = parent?.LastLetter;
        var expected = ItemLabel.NextLetter(previous);
        var chosen = letter;
        if (expected is not null && letter != expected && letter == "d" && expected == "đ")
        {
            chosen = expected;
            issues.Add(ImportIssue.AtLine(paragraph.Line, "Đọc nhãn “d)” thành “đ)” vì mục trước đã là “d)”."));
        }
        else if (previous is not null && string.CompareOrdinal(Order(letter), Order(previous)) <= 0)
        {
            issues.Add(ImportIssue.AtLine(paragraph.Line, $"Nhãn “{letter})” lặp lại hoặc không theo thứ tự sau “{previous})”."));
        }

        if (parent is not null)
        {
            parent.LastLetter = chosen;
        }

        return chosen;
    }

    private static string Order(string letter) =>
        letter == "đ" ? "d~" : letter;

    /// <summary>
    /// A heading whose first child is a lone paragraph of running text, followed by numbered
    /// items, has that paragraph as its own text; so does a Roman section with nothing but one
    /// paragraph, and an item ending in a colon whose only child is one paragraph.
    /// </summary>
    private static void FoldIntroParagraph(OutlineItem item)
    {
        // "6.3. Sở Nội vụ chủ trì, phối hợp với …:" followed by one paragraph is one sentence split in two.
        if (item.Children.Count == 1 && item.Children[0].Kind == LabelKind.None && !item.Children[0].IsClosing
            && item.Body.TrimEnd().EndsWith(':'))
        {
            item.Body = item.Body.TrimEnd() + " " + item.Children[0].Body;
            item.Children.Clear();
            return;
        }

        if (item.Children.Count == 0 || item.Children[0].Kind != LabelKind.None || item.Children[0].IsClosing || HasOwnText(item))
        {
            return;
        }

        var intro = item.Children[0];
        var rest = item.Children.Skip(1).ToList();
        var introThenItems = rest.Count > 0 && rest.All(c => c.Kind is LabelKind.Arabic or LabelKind.Letter);
        var loneUnderRoman = rest.Count == 0 && item.Kind == LabelKind.Roman;
        if (introThenItems || loneUnderRoman)
        {
            item.Body = item.Body + "\n" + intro.Body;
            item.Children.RemoveAt(0);
        }
    }

    private static bool HasOwnText(OutlineItem item)
    {
        var body = item.Body.TrimEnd();
        return body.Length == 0 || body.Contains('\n', StringComparison.Ordinal) || ".;".Contains(body[^1], StringComparison.Ordinal);
    }

    private static OutlineItem? Nearest(List<OutlineItem> stack, params LabelKind[] kinds)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (kinds.Contains(stack[i].Kind))
            {
                return stack[i];
            }
        }

        return null;
    }

    private static int NextBullet(OutlineItem? parent, ref int rootBullets)
    {
        if (parent is null)
        {
            return ++rootBullets;
        }

        return ++parent.BulletCount;
    }

    private static string Join(OutlineItem? parent, string label) => parent is null ? label : parent.Number + "." + label;

    private static bool IsClosing(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("tren day la", StringComparison.Ordinal) || folded.StartsWith("tren day 1a", StringComparison.Ordinal);
    }
}
