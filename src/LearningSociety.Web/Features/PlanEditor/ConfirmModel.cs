namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// A change with no fields of its own (delete, publish, close, one step up or down): the page
/// shows what will happen, the amending document field, and the confirm button.
/// </summary>
public sealed class ConfirmModel : ChangeFormModel
{
    public required ChangeInput Input { get; init; }

    public override ChangeInput Change => Input;

    public required string Heading { get; init; }

    /// <summary>The action the confirm button posts to, with its route values.</summary>
    public required string Action { get; init; }

    public IReadOnlyDictionary<string, string> Route { get; init; } = new Dictionary<string, string>();

    public required string ConfirmLabel { get; init; }

    public bool Danger { get; init; }

    /// <summary>Why it cannot be done; no confirm button then.</summary>
    public string? Refusal { get; set; }

    /// <summary>Things worth knowing that do not block (tasks without a lead…).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
