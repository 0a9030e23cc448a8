using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The wording of change lines ("Sửa thời hạn nhiệm vụ II.1.1: … → …") and input clean-up.</summary>
public static class ChangeText
{
    /// <summary>NFC and trimmed, or null when blank: the form stored in the database.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Nfc(text);

    public static string Quote(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "(để trống)" : "“" + Shorten(text) + "”";

    public static string Shorten(string text, int max = 120)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>"nhiệm vụ II.1.1" or "mục II.1".</summary>
    public static string Item(PlanItem item) => (item.IsTask ? "nhiệm vụ " : "mục ") + item.Number;

    public static string Deadline(Deadline? deadline) =>
        deadline is null ? "không nêu" : deadline.ToRule().Describe();

    /// <summary>Adds "Sửa {what}: “old” → “new”" when the two differ.</summary>
    public static void Compare(ChangeContext change, string what, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            change.Line($"Sửa {what}: {Quote(before)} → {Quote(after)}");
        }
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fingerprint of the change lines, carried by the preview to the confirm button.</summary>
    public static string Token(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}
