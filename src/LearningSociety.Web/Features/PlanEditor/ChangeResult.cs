namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>What became of a change form: the change lines, the problems by field, and for a conflict the current version.</summary>
public sealed record ChangeResult(
    ChangeOutcome Outcome,
    IReadOnlyList<string> Lines,
    IReadOnlyList<(string Field, string Message)> Problems,
    string? Message = null,
    int Version = 0,
    string? PreviewToken = null,
    int? CreatedId = null)
{
    public static ChangeResult Of(ChangeOutcome outcome, string? message = null) => new(outcome, [], [], message);
}
