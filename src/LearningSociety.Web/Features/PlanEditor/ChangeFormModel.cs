namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>What every change form shows besides its own fields: the plan, the preview of the changes, and notices.</summary>
public abstract class ChangeFormModel
{
    /// <summary>Null only while a plan is being created.</summary>
    public EditorPlan? Plan { get; init; }

    public abstract ChangeInput Change { get; }

    /// <summary>The changes a confirm would save; empty until the user asks to review them.</summary>
    public IReadOnlyList<string> Preview { get; set; } = [];

    public string? Notice { get; set; }

    public bool IsConflict { get; set; }

    public bool NoChange { get; set; }

    public bool RequiresAmendment => Plan?.RequiresAmendment == true;

    /// <summary>Where "Hủy" leads.</summary>
    public string CancelUrl => Plan is null ? "/Plans" : $"/PlanEditor/Edit/{Plan.Id}";
}
