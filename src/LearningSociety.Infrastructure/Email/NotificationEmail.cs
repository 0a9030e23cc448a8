using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace LearningSociety.Infrastructure.Email;

/// <summary>The words of a notification e-mail, as plain text and as the same text in simple HTML.</summary>
public static class NotificationEmail
{
    private const string Signature = "Cổng thông tin xây dựng xã hội học tập";
    private const string NoReply = "Thư được gửi tự động, vui lòng không trả lời thư này.";
    // Vietnamese letters stay letters (UTF-8), only the characters HTML gives a meaning are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static EmailMessage Message(string address, string name, string title, string? body, string? url, string? portalUrl) =>
        new(address, name, title, Text(name, title, body, url, portalUrl), Html(name, title, body, url, portalUrl));

    public static string Text(string name, string title, string? body, string? url, string? portalUrl)
    {
        var text = new StringBuilder();
        text.Append("Kính gửi ").Append(name).Append(",\n\n");
        text.Append(title).Append(".\n");
        if (!string.IsNullOrWhiteSpace(body))
        {
            text.Append(body).Append('\n');
        }

        if (Link(url, portalUrl) is { } link)
        {
            text.Append("\nXem chi tiết: ").Append(link).Append('\n');
        }

        text.Append("\n--\n").Append(Signature).Append('\n').Append(NoReply).Append('\n');
        return text.ToString();
    }

    /// <summary>Everything from the database is HTML-encoded; a link becomes clickable only when it is absolute.</summary>
    public static string Html(string name, string title, string? body, string? url, string? portalUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title></head>\n<body>\n");
        html.Append("<p>Kính gửi ").Append(Encode(name)).Append(",</p>\n");
        html.Append("<p><strong>").Append(Encode(title)).Append(".</strong></p>\n");
        if (!string.IsNullOrWhiteSpace(body))
        {
            html.Append("<p>").AppendJoin("<br>\n", body.ReplaceLineEndings("\n").Split('\n').Select(Encode)).Append("</p>\n");
        }

        if (Link(url, portalUrl) is { } link)
        {
            html.Append(link.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? $"<p><a href=\"{Encode(link)}\">Xem chi tiết</a></p>\n"
                : $"<p>Xem chi tiết: {Encode(link)}</p>\n");
        }

        html.Append("<hr>\n<p>").Append(Signature).Append("<br>\n").Append(NoReply).Append("</p>\n</body></html>\n");
        return html.ToString();
    }

    private static string? Link(string? url, string? portalUrl) =>
        string.IsNullOrEmpty(url) ? null
        : string.IsNullOrWhiteSpace(portalUrl) ? url
        : portalUrl.TrimEnd('/') + url;

    private static string Encode(string value) => Encoder.Encode(value);
}
