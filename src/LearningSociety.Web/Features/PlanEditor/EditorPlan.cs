using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The plan a form changes, as the form's heading and rules need it.</summary>
public sealed record EditorPlan(int Id, string DocumentNumber, string Title, PlanStatus Status, int Version, int PeriodStartYear, DateOnly IssuedOn)
{
    /// <summary>Once a plan is in force, every change cites the document that amends it.</summary>
    public bool RequiresAmendment => Status != PlanStatus.Draft;

    public static EditorPlan Of(Plan plan) =>
        new(plan.Id, plan.DocumentNumber, plan.Title, plan.Status, plan.Version, plan.PeriodStartYear, plan.IssuedOn);
}
