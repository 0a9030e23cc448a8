using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Turns the plain text of a Vietnamese plan (Kế hoạch) into a draft of the structured plan:
/// header, legal basis, numbered sections and tasks, lead and cooperating agencies, deadlines,
/// targets and reporting duties. It works on clean Unicode and on OCR output that lost its
/// accents; what it cannot read is reported as <see cref="ImportIssue"/>s and the rest is kept.
/// </summary>
public sealed partial class PlanTextImporter
{
    private readonly IReadOnlyList<AgencyDirectoryEntry> _directory;
    private readonly AgencyMatcher _matcher;

    /// <param name="directory">The agencies the plan may name; names it uses that are not here become <see cref="AgencyProposal"/>s.</param>
    public PlanTextImporter(IReadOnlyList<AgencyDirectoryEntry> directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _matcher = new AgencyMatcher(directory);
    }

    public PlanImportResult Import(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<ImportIssue>();
        var proposals = new ProposalBook();
        var draft = new PlanDraft();
        text = text.Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(new ImportIssue("Toàn văn bản", "Văn bản rỗng, không có nội dung để đọc."));
            return new PlanImportResult(draft, issues, []);
        }

        var layout = PlanLayout.Read(text, issues);
        HeaderReader.Read(layout, text, _matcher, _directory, draft, issues);

        var preambleCount = layout.Body.TakeWhile(p => p.Label is null).Count();
        var preamble = layout.Body.Take(preambleCount).ToList();
        LegalBasisReader.Read(preamble, _directory, draft, issues);
        draft.Issuer ??= HeaderReader.IssuerFromPreamble(preamble, _matcher);
        PlaceIssuer(draft, issues);

        var outlineParagraphs = layout.Body.Skip(preambleCount).ToList();
        LegalBasisReader.ReadCited(outlineParagraphs, _directory, draft);
        var roots = OutlineBuilder.Build(outlineParagraphs, issues);
        AssignmentReader.Analyse(roots, _matcher, layout.Caseless, proposals);
        TaskClassifier.Classify(roots);
        ReadPhases(roots, draft);
        ReadKindAndPeriod(draft);

        var year = draft.PeriodStart ?? draft.IssuedOn?.Year;
        var deadlines = new Dictionary<OutlineItem, Deadlines.DeadlineRule?>();
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()).Where(i => i.IsTask))
        {
            deadlines[item] = DeadlineChooser.Choose(item.Body, year, draft.Phases);
        }

        TargetReader.Read(roots, draft.PeriodEnd ?? year, draft);
        ReportingReader.Read(roots, draft, year, OutlineSections(layout.Outline));
        draft.Sections.AddRange(roots.Select(r => ToDraft(r, deadlines)));

        if (draft.Sections.Count == 0)
        {
            issues.Add(new ImportIssue("Toàn văn bản", "Không tìm thấy mục nào được đánh số (I., 1., a), -); văn bản có thể không phải là một kế hoạch."));
        }

        return new PlanImportResult(draft, issues, proposals.ToList());
    }

    private void PlaceIssuer(PlanDraft draft, List<ImportIssue> issues)
    {
        var entry = _directory.FirstOrDefault(e => e.Key == draft.Issuer);
        if (entry is null)
        {
            issues.Add(new ImportIssue("Đầu văn bản", "Không nhận ra cơ quan ban hành trong danh mục cơ quan"
                + (draft.IssuerText is null ? "." : ": “" + draft.IssuerText + "”.")));
            return;
        }

        draft.Unit = entry.Unit;
        var name = " " + VietnameseText.Fold(entry.Name) + " ";
        draft.Level = name.Contains(" huyen ", StringComparison.Ordinal) || name.Contains(" quan ", StringComparison.Ordinal)
                || name.Contains(" thi xa ", StringComparison.Ordinal) || name.Contains(" thanh pho ", StringComparison.Ordinal)
            ? UnitLevel.District
            : name.Contains(" xa ", StringComparison.Ordinal) || name.Contains(" phuong ", StringComparison.Ordinal) || name.Contains(" thi tran ", StringComparison.Ordinal)
                ? UnitLevel.Commune
                : name.Contains(" tinh ", StringComparison.Ordinal) ? UnitLevel.Province : null;
    }

    private static void ReadPhases(IEnumerable<OutlineItem> roots, PlanDraft draft)
    {
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()))
        {
            var heading = TaskClassifier.Heading(item).Trim();
            var m = Phase().Match(VietnameseText.Fold(heading));
            if (m.Success && !draft.Phases.Any(p => p.Name == heading))
            {
                var from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var to = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (from <= to)
                {
                    draft.Phases.Add(new DraftPhase(VietnameseText.Nfc(heading), from, to, ReviewKind.Interim));
                }
            }
        }

        if (draft.Phases.Count > 0)
        {
            draft.Phases[^1] = draft.Phases[^1] with { Review = ReviewKind.Final };
        }
    }

    private static void ReadKindAndPeriod(PlanDraft draft)
    {
        var title = VietnameseText.Fold(draft.Title ?? string.Empty);
        var range = Range().Match(title);
        var single = YearAtEnd().Match(title);
        draft.Kind = title.Contains("tong ket", StringComparison.Ordinal) || title.Contains("so ket", StringComparison.Ordinal)
            ? PlanKind.Review
            : title.Contains("thi dua", StringComparison.Ordinal)
                ? PlanKind.Emulation
                : single.Success && !range.Success ? PlanKind.Annual : PlanKind.Implementation;

        if (draft.Phases.Count > 0)
        {
            draft.PeriodStart = draft.Phases.Min(p => p.StartYear);
            draft.PeriodEnd = draft.Phases.Max(p => p.EndYear);
        }
        else if (draft.Kind != PlanKind.Review && range.Success)
        {
            draft.PeriodStart = int.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            draft.PeriodEnd = int.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture);
        }
        else if (draft.Kind == PlanKind.Annual)
        {
            draft.PeriodStart = draft.PeriodEnd = int.Parse(single.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            draft.PeriodStart = draft.IssuedOn?.Year;
            draft.PeriodEnd = draft.Kind == PlanKind.Review ? draft.PeriodStart : null;
        }
    }

    /// <summary>The sections of an attached report outline: "I", "I.1", "III.3.1".</summary>
    private static List<(string Number, string Title)> OutlineSections(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var result = new List<(string, string)>();
        string? roman = null;
        foreach (var paragraph in paragraphs)
        {
            var label = paragraph.Label;
            if (label?.Kind == LabelKind.Dash && ItemLabel.Parse(label.Rest, caseless: false) is { } inner)
            {
                label = inner;
            }

            switch (label?.Kind)
            {
                case LabelKind.Roman:
                    roman = label.Parts[0];
                    result.Add((roman, label.Rest));
                    break;
                case LabelKind.Arabic:
                    result.Add(((roman is null ? string.Empty : roman + ".") + label.Joined, label.Rest));
                    break;
            }
        }

        return result;
    }

    private static DraftNode ToDraft(OutlineItem item, Dictionary<OutlineItem, Deadlines.DeadlineRule?> deadlines)
    {
        var body = item.Body.Trim();
        string? title;
        string? text;
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            title = body[..newline].Trim().TrimEnd(':');
            text = body[(newline + 1)..].Trim();
        }
        else if (item.Kind is LabelKind.Roman or LabelKind.Arabic or LabelKind.Letter && IsHeading(body))
        {
            title = body.TrimEnd(':').Trim();
            text = body.EndsWith(':') ? body : null;
        }
        else
        {
            title = ShortTitle(body);
            text = body;
        }

        var node = new DraftNode
        {
            Number = item.Number,
            Title = title,
            Text = text,
            IsTask = item.IsTask,
            Line = item.Paragraph.Line,
            Deadline = deadlines.GetValueOrDefault(item),
        };
        node.Lead.AddRange(item.Lead);
        node.Cooperating.AddRange(item.Cooperating);
        node.Children.AddRange(item.Children.Select(c => ToDraft(c, deadlines)));
        return node;
    }

    private static bool IsHeading(string body) =>
        body.Length <= 250 && body.Length > 0 && !".;!?".Contains(body[^1], StringComparison.Ordinal) && !body.Contains(". ", StringComparison.Ordinal);

    private static string ShortTitle(string body)
    {
        var end = body.Length;
        foreach (var stop in new[] { ";", ". ", ":" })
        {
            var i = body.IndexOf(stop, StringComparison.Ordinal);
            if (i > 0 && i < end)
            {
                end = i;
            }
        }

        var title = body[..end].Trim().TrimEnd('.');
        if (title.Length > 160)
        {
            var cut = title.LastIndexOf(' ', 160);
            title = title[..(cut > 0 ? cut : 160)] + "…";
        }

        return title;
    }

    [GeneratedRegex(@"^giai doan\s*(?:\d{1,2}\s*)?\(?\s*(?:tu\s*)?(?:nam\s*)?(?<a>\d{4})\s*(?:[-–]|den)\s*(?:nam\s*)?(?<b>\d{4})\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Phase();

    [GeneratedRegex(@"giai doan\s*(?<a>\d{4})\s*[-–]\s*(?<b>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"nam\s+(?<y>\d{4})\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAtEnd();
}
