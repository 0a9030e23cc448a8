namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>What one change of a transition sets, on which row, from which value to which, and in words.</summary>
public sealed record TransitionChange(TransitionChangeKind Kind, string EntityId, string? Before, string? After, string Text)
{
    /// <summary>The change that puts the row back; <see cref="Text"/> is rewritten by the caller.</summary>
    public TransitionChange Inverse(string text) => this with { Before = After, After = Before, Text = text };
}
