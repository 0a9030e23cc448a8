namespace LearningSociety.Web.Features.PlanEditor;

public enum ChangeOutcome
{
    Saved,
    /// <summary>Valid; the form is shown again with the list of changes and a confirm button.</summary>
    Preview,
    NoChange,
    Invalid,
    /// <summary>Someone else saved the plan after this form was opened.</summary>
    Conflict,
    /// <summary>Not allowed for a reason the user should read (a task already reported on…).</summary>
    Refused,
    NotFound,
    Forbidden,
}
