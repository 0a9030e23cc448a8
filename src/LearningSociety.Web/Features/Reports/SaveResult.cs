namespace LearningSociety.Web.Features.Reports;

/// <summary>The outcome of a save, with the problems by field name and, on conflict, the values saved by someone else.</summary>
public sealed record SaveResult(
    SaveOutcome Outcome,
    IReadOnlyList<(string Field, string Message)> Problems,
    ReportFormModel.ConflictInfo? Conflict = null,
    string? Message = null)
{
    public static SaveResult Of(SaveOutcome outcome, string? message = null) => new(outcome, [], null, message);
}
