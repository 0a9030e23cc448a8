namespace LearningSociety.Web.Features.Reports;

public enum SaveOutcome
{
    Saved,
    Submitted,
    /// <summary>The same submission arrived again (double click, retry): nothing new happened.</summary>
    AlreadySubmitted,
    Invalid,
    Conflict,
    NotAllowed,
}
