using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Everything the review page needs that the form fields do not carry: the source text, the draft
/// as read, the importer's issues and, per node in reading order, the source line it came from.
/// It travels in the form, protected, because no draft is stored before the user confirms it.
/// </summary>
public sealed record ImportDraftState(
    string FileName,
    string Text,
    PlanSeed Seed,
    List<ImportIssue> Issues,
    List<int> NodeLines,
    List<ImportDraftProposal> Proposals,
    List<ImportDraftValue> TargetValues,
    List<string>? Uncertain = null,
    string? ProposedIssuer = null,
    int? OcrJob = null,
    List<int>? PageStarts = null)
{
    /// <summary>Header fields read with a guess (<see cref="DraftField"/> names): marked "cần kiểm tra", confirmed or corrected before saving.</summary>
    public IReadOnlyList<string> UncertainFields => Uncertain ?? [];

    /// <summary>For a scan read by OCR (<see cref="OcrJob"/>): the source line each page begins on, so the review shows each page's image beside its text.</summary>
    public IReadOnlyList<int> PageLines => PageStarts ?? [];
}

/// <summary>
/// An agency named in the text that the directory does not know, under the key the draft uses for it;
/// or a directory body that ended before the plan's date (<paramref name="Ended"/> says when and who
/// took over, <paramref name="SuggestedId"/> is its successor): the person confirms what it becomes.
/// </summary>
public sealed record ImportDraftProposal(string Key, string Name, int Line, int Occurrences, string? Ended = null, int? SuggestedId = null);

/// <summary>The figure a target asks for and its year, as read (the seed keeps a value only with a year); <paramref name="Uncertain"/>: the year is a guess.</summary>
public sealed record ImportDraftValue(decimal Value, int? Year, int Line, bool Uncertain = false);
