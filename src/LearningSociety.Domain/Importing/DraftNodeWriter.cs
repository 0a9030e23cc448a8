using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Domain.Importing;

/// <summary>Writes the outline as draft nodes: heading or first clause as title, the wording as text.</summary>
internal static class DraftNodeWriter
{
    public static DraftNode Write(OutlineItem item, Dictionary<OutlineItem, DeadlineRule?> deadlines)
    {
        var body = item.Body.Trim();
        string? title;
        string? text;
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            title = body[..newline].Trim().TrimEnd(':');
            text = body[(newline + 1)..].Trim();
        }
        else if (item.Kind is LabelKind.Roman or LabelKind.Arabic or LabelKind.Letter && IsHeading(body))
        {
            title = body.TrimEnd(':').Trim();
            text = body.EndsWith(':') ? body : null;
        }
        else
        {
            title = ShortTitle(body);
            text = body;
        }

        var node = new DraftNode
        {
            Number = item.Number,
            Title = title,
            Text = text,
            IsTask = item.IsTask,
            Line = item.Paragraph.Line,
            Deadline = deadlines.GetValueOrDefault(item),
        };
        node.Lead.AddRange(item.Lead);
        node.Cooperating.AddRange(item.Cooperating);
        node.Children.AddRange(item.Children.Select(c => Write(c, deadlines)));
        return node;
    }

    private static bool IsHeading(string body) =>
        body.Length <= 250 && body.Length > 0 && !".;!?".Contains(body[^1], StringComparison.Ordinal) && !body.Contains(". ", StringComparison.Ordinal);

    private static string ShortTitle(string body)
    {
        var end = body.Length;
        foreach (var stop in new[] { ";", ". ", ":" })
        {
            var i = body.IndexOf(stop, StringComparison.Ordinal);
            if (i > 0 && i < end)
            {
                end = i;
            }
        }

        var title = body[..end].Trim().TrimEnd('.');
        if (title.Length > 160)
        {
            var cut = title.LastIndexOf(' ', 160);
            title = title[..(cut > 0 ? cut : 160)] + "…";
        }

        return title;
    }
}
