using System.Net;
using System.Text.RegularExpressions;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>
/// The fields a browser would submit from one form of a page: inputs (checkboxes only when
/// checked), textareas and the selected option of each select, in document order.
/// </summary>
public sealed partial class HtmlForm
{
    private HtmlForm(List<KeyValuePair<string, string>> fields) => Fields = fields;

    public List<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The form whose action is <paramref name="action"/>.</summary>
    public static HtmlForm Parse(string html, string action)
    {
        var form = Regex.Match(html, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"no form posting to {action}");
        return Read(form.Groups[1].Value);
    }

    /// <summary>Every form of a page: its action (the page itself when it has none), its method and its fields.</summary>
    public static List<(string Action, string Method, HtmlForm Form, string Body)> All(string html, string pageUrl) =>
        [.. Regex.Matches(html, "<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline).Select(m =>
        {
            var attributes = Attributes(m.Groups[1].Value);
            var action = attributes.GetValueOrDefault("action", "");
            return (action.Length == 0 ? pageUrl : action, attributes.GetValueOrDefault("method", "get").ToLowerInvariant(), Read(m.Groups[2].Value), m.Groups[2].Value);
        })];

    private static HtmlForm Read(string body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in Element().Matches(body))
        {
            var attributes = Attributes(m.Groups["attrs"].Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }

            switch (m.Groups["tag"].Value)
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text");
                    if (type is "submit" or "file" || (type is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
                    {
                        continue;
                    }

                    fields.Add(new(name, attributes.GetValueOrDefault("value", type == "checkbox" ? "on" : "")));
                    break;
                case "textarea":
                    fields.Add(new(name, WebUtility.HtmlDecode(m.Groups["body"].Value)));
                    break;
                case "select":
                    var options = OptionPattern().Matches(m.Groups["body"].Value).Select(o => Attributes(o.Groups[1].Value)).ToList();
                    var selected = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                    if (selected is not null)
                    {
                        fields.Add(new(name, selected.GetValueOrDefault("value", "")));
                    }

                    break;
            }
        }

        return new HtmlForm(fields);
    }

    public string? this[string name]
    {
        get => Fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();
        set
        {
            var index = Fields.FindIndex(f => f.Key == name);
            if (index < 0)
            {
                Fields.Add(new(name, value ?? ""));
            }
            else
            {
                Fields[index] = new(name, value ?? "");
            }
        }
    }

    /// <summary>Unticks a checkbox (the hidden "false" after it stays).</summary>
    public void Untick(string name)
    {
        var index = Fields.FindIndex(f => f.Key == name && f.Value == "true");
        if (index >= 0)
        {
            Fields.RemoveAt(index);
        }
    }

    public FormUrlEncodedContent Submit(string button, string value) =>
        new([.. Fields, new(button, value)]);

    private static Dictionary<string, string> Attributes(string text) =>
        AttributePattern().Matches(text).GroupBy(a => a.Groups[1].Value).ToDictionary(
            g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Success ? g.First().Groups[2].Value : ""), StringComparer.Ordinal);

    [GeneratedRegex("<(?:(?<tag>input)\\b(?<attrs>[^>]*)>|(?<tag>textarea|select)\\b(?<attrs>[^>]*)>(?<body>.*?)</\\k<tag>>)", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex("([a-zA-Z_:][-a-zA-Z0-9_:.\\[\\]]*)(?:=\"([^\"]*)\")?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<option\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();
}
