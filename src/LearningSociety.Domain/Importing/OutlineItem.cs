namespace LearningSociety.Domain.Importing;

/// <summary>A node of the plan's outline while it is being read: the paragraph, its place, and what the passes found.</summary>
internal sealed class OutlineItem
{
    public required string Number { get; init; }

    public required LabelKind Kind { get; init; }

    /// <summary>Arabic parts of the label ("1.2." → 1, 2), letter, or Roman numeral.</summary>
    public required string[] Parts { get; init; }

    public required SourceParagraph Paragraph { get; init; }

    public OutlineItem? Parent { get; init; }

    public List<OutlineItem> Children { get; } = [];

    /// <summary>The closing paragraph ("Trên đây là Kế hoạch …").</summary>
    public bool IsClosing { get; init; }

    /// <summary>The wording after the label, with any intro paragraph folded in.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Unlabelled and bulleted children so far, to number the next "-N".</summary>
    public int BulletCount { get; set; }

    public string? LastLetter { get; set; }

    public TokenizedText? Tokens { get; set; }

    public List<AgencyMention> Mentions { get; set; } = [];

    /// <summary>Agencies the paragraph names as its own subject ("Sở Tài chính phối hợp …").</summary>
    public List<string> Subject { get; } = [];

    /// <summary>Agencies after a "phối hợp với" in lead position.</summary>
    public List<string> OwnCooperating { get; } = [];

    public List<string> Lead { get; } = [];

    public List<string> Cooperating { get; } = [];

    public bool IsTask { get; set; }

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public IEnumerable<OutlineItem> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            yield return p;
        }
    }

    public IEnumerable<OutlineItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var node in Children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return node;
        }
    }
}
