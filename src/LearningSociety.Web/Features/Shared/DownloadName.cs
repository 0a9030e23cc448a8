using System.Text;
using LearningSociety.Domain.Text;

namespace LearningSociety.Web.Features.Shared;

/// <summary>A download's Content-Disposition: an ASCII file name for old clients, the Vietnamese one for the rest.</summary>
public static class DownloadName
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"attachment; filename=…; filename*=UTF-8''…".</summary>
    public static string Disposition(string baseName, string extension)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        var name = VietnameseText.Nfc(baseName.Trim(' ', '-')) + "." + extension;
        var ascii = new StringBuilder();
        foreach (var c in VietnameseText.Fold(name))
        {
            ascii.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '-' or '_' ? c : '_');
        }

        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
    }
}
