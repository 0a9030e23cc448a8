using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Importing;

/// <summary>A section or task of a draft plan, numbered like the seeds ("II.1.2.b", "V.1.-2").</summary>
public sealed class DraftNode
{
    public required string Number { get; set; }

    /// <summary>The heading, or for a task its first clause.</summary>
    public string? Title { get; set; }

    /// <summary>The full wording of the item, without its label; null for a bare heading.</summary>
    public string? Text { get; set; }

    public bool IsTask { get; set; }

    /// <summary>Agency keys of the lead (chủ trì); keys starting "new:" are <see cref="AgencyProposal"/>s.</summary>
    public List<string> Lead { get; } = [];

    /// <summary>Agency keys of the cooperating agencies (phối hợp).</summary>
    public List<string> Cooperating { get; } = [];

    public DeadlineRule? Deadline { get; set; }

    /// <summary>Whether it is a task, or who leads it, is a guess: the review page marks it "cần kiểm tra".</summary>
    public bool Uncertain { get; set; }

    /// <summary>Line of the source text the item starts on.</summary>
    public int Line { get; set; }

    public List<DraftNode> Children { get; } = [];

    /// <summary>This node and all below it, depth first.</summary>
    public IEnumerable<DraftNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.SelfAndDescendants())
            {
                yield return node;
            }
        }
    }
}
