namespace LearningSociety.Domain.Importing;

/// <summary>How a paragraph of a plan is numbered, from the outermost level in.</summary>
internal enum LabelKind
{
    /// <summary>No label: a paragraph of running text.</summary>
    None,

    /// <summary>"II."</summary>
    Roman,

    /// <summary>"1.", "1.2.", "1.2.3."</summary>
    Arabic,

    /// <summary>"a)", "đ)"</summary>
    Letter,

    /// <summary>"-", "•", "·"</summary>
    Dash,

    /// <summary>"+"</summary>
    Plus,
}
