using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.PlanEditor;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The review page: the source text beside the editable draft, with what the importer could not read.</summary>
public sealed class ImportReviewModel
{
    public required ImportReviewInput Input { get; init; }

    public required string FileName { get; init; }

    public required IReadOnlyList<string> SourceLines { get; init; }

    /// <summary>The OCR job of a scan, whose page images are shown beside their text; null for a text.</summary>
    public int? OcrJob { get; init; }

    /// <summary>For a scan: the source line (1-based) each page begins on.</summary>
    public IReadOnlyList<int> PageLines { get; init; } = [];

    public required IReadOnlyList<ImportIssue> Issues { get; init; }

    public required IReadOnlyList<ImportNodeView> Nodes { get; init; }

    /// <summary>Per legal-basis document: relation, kind, date and issuer as read ("Căn cứ · Quyết định · ngày 30/07/2021 · Thủ tướng Chính phủ").</summary>
    public required IReadOnlyList<string> Legal { get; init; }

    public required IReadOnlyList<PhaseSeed> Phases { get; init; }

    public required IReadOnlyList<ImportDraftProposal> Proposals { get; init; }

    public required IReadOnlyList<ImportTargetView> Targets { get; init; }

    public required IReadOnlyList<EditorOption> Issuers { get; init; }

    public required IReadOnlyList<EditorOption> Units { get; init; }

    /// <summary>Directory bodies that exist on the plan's date.</summary>
    public required IReadOnlyList<EditorOption> AgencyChoices { get; init; }

    /// <summary>Per proposal: the successor proposed for an ended body, else null.</summary>
    public required IReadOnlyList<EditorOption?> Suggestions { get; init; }

    public int ReportingRules { get; init; }

    /// <summary>Header fields the importer guessed (<see cref="DraftField"/> names): marked "cần kiểm tra".</summary>
    public IReadOnlyCollection<string> Uncertain { get; init; } = [];

    /// <summary>The issuing body as the header names it, when the directory has no such body: a note beside the issuer.</summary>
    public string? ProposedIssuer { get; init; }

    /// <summary>Set after "Kiểm tra" found nothing wrong.</summary>
    public string? Notice { get; set; }

    public int TaskCount => Nodes.Count(n => n.IsTask);
}
