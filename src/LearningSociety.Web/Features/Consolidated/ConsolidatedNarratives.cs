namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The narrative sections of the reports a consolidation counts: the plan's outline (đề cương) in
/// its order, and what each reporter wrote under each section, in the tree's order.
/// </summary>
public sealed record ConsolidatedNarratives(IReadOnlyList<ConsolidatedNarratives.Section> Outline, IReadOnlyList<ConsolidatedNarratives.Entry> Entries)
{
    public static ConsolidatedNarratives Empty { get; } = new([], []);

    public sealed record Section(string Number, string Title);

    /// <param name="IsOwn">Written by the consolidating unit itself, whose text speaks for the whole report.</param>
    public sealed record Entry(string Reporter, string Place, string Number, string Title, string Text, bool IsOwn);
}
