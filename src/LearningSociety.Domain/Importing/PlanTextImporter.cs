using System.Text;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Turns the plain text of a Vietnamese plan (Kế hoạch) into a draft of the structured plan:
/// header, legal basis, numbered sections and tasks, lead and cooperating agencies, deadlines,
/// targets and reporting duties. It works on clean Unicode and on OCR output that lost its
/// accents; what it cannot read is reported as <see cref="ImportIssue"/>s and the rest is kept.
/// </summary>
public sealed class PlanTextImporter
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
        if (draft.IssuerName is null && HeaderReader.IssuerFromPreamble(preamble, _matcher) is { } opening)
        {
            // Named only in the opening ("Ban Chỉ đạo … xây dựng Kế hoạch …"): a guess to confirm.
            draft.Issuer = opening;
            draft.Uncertain.UnionWith([DraftField.Issuer, DraftField.Unit]);
        }

        PlaceIssuer(draft, issues);

        var outlineParagraphs = layout.Body.Skip(preambleCount).ToList();
        LegalBasisReader.ReadCited(outlineParagraphs, _directory, draft);
        var roots = OutlineBuilder.Build(outlineParagraphs, issues);
        AssignmentReader.Analyse(roots, _matcher, layout.Caseless, proposals);
        TaskClassifier.Classify(roots);
        PlanPeriodReader.Read(roots, draft);

        var year = draft.PeriodStart ?? draft.IssuedOn?.Year;
        var deadlines = new Dictionary<OutlineItem, Deadlines.DeadlineRule?>();
        foreach (var item in roots.SelectMany(r => r.SelfAndDescendants()).Where(i => i.IsTask))
        {
            deadlines[item] = DeadlineChooser.Choose(item.Body, year, draft.Phases);
        }

        TargetReader.Read(roots, draft.PeriodEnd ?? year, draft);
        ReportingReader.Read(roots, draft, year, ReportOutlineReader.Read(layout.Outline));
        draft.Sections.AddRange(roots.Select(r => DraftNodeWriter.Write(r, deadlines)));

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
            issues.Add(new ImportIssue("Đầu văn bản", draft.IssuerName is null
                ? "Không nhận ra cơ quan ban hành" + (draft.IssuerText is null ? "." : ": “" + draft.IssuerText + "”.")
                : $"“{draft.IssuerName}” không có trong danh mục cơ quan: đề xuất tạo mới ({IssuerHeader.KindOf(draft.IssuerName)}), cần kiểm tra."));
            return;
        }

        draft.IssuerName ??= entry.Name;
        draft.Unit ??= entry.Unit;
        if (draft.Level is not null)
        {
            return;
        }

        var name = " " + VietnameseText.Fold(entry.Name) + " ";
        draft.Level = name.Contains(" huyen ", StringComparison.Ordinal) || name.Contains(" quan ", StringComparison.Ordinal)
                || name.Contains(" thi xa ", StringComparison.Ordinal) || name.Contains(" thanh pho ", StringComparison.Ordinal)
            ? UnitLevel.District
            : name.Contains(" xa ", StringComparison.Ordinal) || name.Contains(" phuong ", StringComparison.Ordinal) || name.Contains(" thi tran ", StringComparison.Ordinal)
                ? UnitLevel.Commune
                : name.Contains(" tinh ", StringComparison.Ordinal) ? UnitLevel.Province : null;
        draft.UnitName ??= UnitOfName(entry.Name);
    }

    /// <summary>"Ủy ban nhân dân tỉnh Long An" → "tỉnh Long An"; other bodies name their unit at the end.</summary>
    private static string? UnitOfName(string name)
    {
        var folded = VietnameseText.FoldWithMap(name, out var map);
        foreach (var kind in new[] { " tinh ", " thanh pho ", " huyen ", " thi xa ", " quan ", " xa ", " phuong ", " thi tran " })
        {
            var i = folded.LastIndexOf(kind, StringComparison.Ordinal);
            if (i >= 0)
            {
                return name[map[i + 1]..];
            }
        }

        return null;
    }
}
