namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>One laid-out line: its words, the width available to it after the indent, and whether it ends its paragraph.</summary>
internal sealed class TextLine(float indent, float available)
{
    private readonly List<TextWord> _words = [];

    public float Indent { get; } = indent;

    public float Available { get; } = available;

    public IReadOnlyList<TextWord> Words => _words;

    /// <summary>Natural width: words plus single spaces.</summary>
    public float Width { get; private set; }

    /// <summary>True for the last line of a paragraph or a line ended by a line feed: never justified.</summary>
    public bool EndsParagraph { get; set; }

    public string Text => string.Join(' ', _words.Select(w => string.Concat(w.Pieces.Select(p => p.Text))));

    public void Add(TextWord word)
    {
        _words.Add(word);
        Width += word.GapBefore + word.Width;
    }
}
