using System.Text;
using ClosedXML.Excel;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// The one way user-supplied text enters a cell. Text that begins like a formula ('=', '+',
/// '-', '@', tab, carriage return) would run as one in Excel or in whatever reads a CSV saved
/// from the workbook ("formula injection"); here it is stored as a string cell with Excel's
/// quote prefix, so it stays literal even when someone edits the cell. Text is also normalised
/// to NFC and stripped of control characters that XML cannot carry.
/// </summary>
public static class SafeText
{
    public static bool LooksLikeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>Writes <paramref name="text"/> as a text cell; never through FormulaA1.</summary>
    public static void Write(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var value = Clean(text ?? string.Empty);
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(value))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.Normalize(NormalizationForm.FormC);
        if (!nfc.Any(IsForbidden))
        {
            return nfc;
        }

        var builder = new StringBuilder(nfc.Length);
        foreach (var c in nfc.Where(c => !IsForbidden(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsForbidden(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';
}
