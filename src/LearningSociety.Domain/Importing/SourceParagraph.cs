namespace LearningSociety.Domain.Importing;

/// <summary>A paragraph of the plan's body with the line it starts on and its label, if any.</summary>
internal sealed record SourceParagraph(int Line, string Text, ItemLabel? Label)
{
    /// <summary>The wording after the label.</summary>
    public string Body => Label?.Rest ?? Text;
}
