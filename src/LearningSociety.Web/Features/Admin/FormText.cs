using LearningSociety.Domain.Text;

namespace LearningSociety.Web.Features.Admin;

/// <summary>What the forms store: Unicode NFC, trimmed, and null for a blank field.</summary>
public static class FormText
{
    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Nfc(value);
}
