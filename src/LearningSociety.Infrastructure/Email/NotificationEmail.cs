using System.Text;

namespace LearningSociety.Infrastructure.Email;

/// <summary>The words of a notification e-mail.</summary>
public static class NotificationEmail
{
    public static string Text(string name, string title, string? body, string? url, string? portalUrl)
    {
        var text = new StringBuilder();
        text.Append("Kính gửi ").Append(name).Append(",\n\n");
        text.Append(title).Append(".\n");
        if (!string.IsNullOrWhiteSpace(body))
        {
            text.Append(body).Append('\n');
        }

        if (!string.IsNullOrEmpty(url))
        {
            var link = string.IsNullOrWhiteSpace(portalUrl) ? url : portalUrl.TrimEnd('/') + url;
            text.Append("\nXem chi tiết: ").Append(link).Append('\n');
        }

        text.Append("\n--\nCổng thông tin xây dựng xã hội học tập\nThư được gửi tự động, vui lòng không trả lời thư này.\n");
        return text.ToString();
    }
}
