using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Decides which nodes are tasks: items that ask someone to do something, as opposed to headings
/// and the purpose, requirement, target or funding statements a plan opens with. The nearest
/// heading that says what kind of section it is decides ("Hình thức khen thưởng" under "TIÊU CHÍ
/// THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG" holds tasks); an item whose own subject is an agency is a task wherever it stands.
/// </summary>
internal static partial class TaskClassifier
{
    private static readonly string[] NotTasks =
        ["muc dich", "yeu cau", "muc tieu", "chi tieu", "tieu chi", "kinh phi", "de cuong", "quan diem", "tinh hinh", "thuc trang", "boi canh",
        "ket qua", "dac diem"];

    private static readonly string[] Tasks =
        ["nhiem vu", "giai phap", "to chuc thuc hien", "khen thuong", "noi dung", "tien do", "phan cong", "trach nhiem", "che do bao cao"];

    public static void Classify(IEnumerable<OutlineItem> roots)
    {
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()))
        {
            if (item.Children.Count > 0)
            {
                item.IsTask = false;
            }
            else if (item.Paragraph.Label?.Written.StartsWith("Điều", StringComparison.Ordinal) == true
                || (item.Kind is LabelKind.None or LabelKind.Dash && item.Ancestors().Any(a => a.Paragraph.Label?.Written.StartsWith("Điều", StringComparison.Ordinal) == true)))
            {
                // A decision's articles: only an assignment ("Điều 2. Giao Sở … chủ trì, phối hợp với …") is a task;
                // issuing the plan, the date it takes effect and who executes the decision are not.
                var folded = VietnameseText.Fold(item.Body);
                item.IsTask = item.Subject.Count > 0 && folded.Contains("chu tri", StringComparison.Ordinal)
                    && !folded.Contains("chiu trach nhiem thi hanh", StringComparison.Ordinal);
            }
            else if (IsTargetStatement(item))
            {
                item.IsTask = false;
            }
            else if (item.IsClosing)
            {
                item.IsTask = item.Subject.Count > 0;
            }
            else
            {
                var sections = item.Kind == LabelKind.Roman ? item.Ancestors().Prepend(item) : item.Ancestors();
                item.IsTask = item.Subject.Count > 0 || (SectionKind(sections) ?? true);
            }
        }
    }

    /// <summary>"Có 100% đơn vị … có kế hoạch": a figure to reach, said by no agency, is a target, not a task.</summary>
    private static bool IsTargetStatement(OutlineItem item)
    {
        var folded = VietnameseText.Fold(item.Body);
        return item.Subject.Count == 0 && TargetStart().IsMatch(folded);
    }

    /// <summary>True for a section of tasks, false for a section of statements, null when no heading says.</summary>
    public static bool? SectionKind(IEnumerable<OutlineItem> headings)
    {
        foreach (var heading in headings)
        {
            var title = VietnameseText.Fold(Heading(heading));
            var notTask = FirstIndex(title, NotTasks);
            var task = FirstIndex(title, Tasks);
            if (notTask >= 0 || task >= 0)
            {
                return task >= 0 && (notTask < 0 || task < notTask);
            }
        }

        return null;
    }

    /// <summary>The heading part of a node: its whole text when short, else the words before a colon or the first clause.</summary>
    public static string Heading(OutlineItem item)
    {
        var body = item.Body.Split('\n')[0];
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon <= 120)
        {
            return body[..colon];
        }

        return body.Length <= 200 ? body : body[..200];
    }

    private static int FirstIndex(string title, string[] words)
    {
        var best = -1;
        foreach (var word in words)
        {
            var i = title.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:co |phan dau |dat |ty le [^%]{0,80}dat )?(?:tren |it nhat )?\d{1,3}(?:[.,]\d{1,2})?\s*%", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TargetStart();
}
