namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// The outcome of a save, with the problems by field name. On conflict the form is built again from the
/// database, which then holds what someone else saved (<see cref="ReportFigures.Saved"/>).
/// </summary>
public sealed record SaveResult(
    SaveOutcome Outcome,
    IReadOnlyList<(string Field, string Message)> Problems,
    string? Message = null)
{
    public static SaveResult Of(SaveOutcome outcome, string? message = null) => new(outcome, [], message);
}
