namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>The list with its selects (the user's choices kept when a form comes back) and the transitions applied so far.</summary>
public sealed record TransitionPageModel(
    TransitionProposal Proposal, IReadOnlyDictionary<string, string> Choices, IReadOnlyList<TransitionStore.Applied> Recent, IReadOnlyList<string> Problems)
{
    public string Selected(TransitionItems.Choice choice) =>
        Choices.TryGetValue(choice.Key, out var value) && choice.Options.Any(o => o.Value == value) ? value : choice.Proposed;
}
