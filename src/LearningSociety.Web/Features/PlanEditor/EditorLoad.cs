using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A plan loaded for an editor page, or why it cannot be shown.</summary>
public sealed record EditorLoad(Plan? Plan, bool Forbidden)
{
    public bool Ok => Plan is not null && !Forbidden;
}
