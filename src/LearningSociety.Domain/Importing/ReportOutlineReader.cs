namespace LearningSociety.Domain.Importing;

/// <summary>The report outline (đề cương) some plans attach, as numbered sections.</summary>
internal static class ReportOutlineReader
{
    /// <summary>The sections of an attached report outline: "I", "I.1", "III.3.1".</summary>
    public static List<(string Number, string Title)> Read(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var result = new List<(string, string)>();
        string? roman = null;
        foreach (var paragraph in paragraphs)
        {
            var label = paragraph.Label;
            if (label?.Kind == LabelKind.Dash && ItemLabel.Parse(label.Rest, caseless: false) is { } inner)
            {
                label = inner;
            }

            switch (label?.Kind)
            {
                case LabelKind.Roman:
                    roman = label.Parts[0];
                    result.Add((roman, label.Rest));
                    break;
                case LabelKind.Arabic:
                    result.Add(((roman is null ? string.Empty : roman + ".") + label.Joined, label.Rest));
                    break;
            }
        }

        return result;
    }
}
