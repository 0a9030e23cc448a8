namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>A section of the report outline (đề cương). Rows are kept in <see cref="Order"/>; a blank new row is ignored.</summary>
public sealed class OutlineInput
{
    /// <summary>Null for a new row.</summary>
    public int? Id { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Order { get; set; }
    public bool Remove { get; set; }

    public bool IsEmpty => Id is null && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Title);
}
