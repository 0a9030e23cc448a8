namespace LearningSociety.Web.Features.Consolidated;

/// <summary>Whether a consolidation may be shown: refusals become 404 (no such period or unit) or 403 (outside the user's subtree).</summary>
public enum ScopeOutcome
{
    Ok,
    NotFound,
    Forbidden,
}
