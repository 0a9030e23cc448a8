namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>An entry of a select list; <see cref="Depth"/> indents tree entries, <see cref="Search"/> is the folded text the filter matches.</summary>
public sealed record EditorOption(int Id, string Label, int Depth = 0, string Search = "");
