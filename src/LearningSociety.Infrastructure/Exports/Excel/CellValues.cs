using System.Globalization;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Writes a value by its .NET type: numbers as numbers, dates as real dates (Vietnam's day for
/// instants), strings through <see cref="SafeText"/> and never parsed, so "1.030" typed by a
/// user stays what it was.
/// </summary>
internal static class CellValues
{
    public static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null or ExcelSum:
                return; // a sum is written as a formula once the body's rows are known
            case string text:
                SafeText.Write(cell, text);
                return;
            case bool flag:
                SafeText.Write(cell, flag ? "Có" : "Không");
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                return;
            case DateTime dateTime:
                cell.SetValue(dateTime);
                return;
            case DateTimeOffset instant:
                cell.SetValue(VietnamTime.ToVietnam(instant).DateTime);
                return;
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                // Excel has no NaN or infinity; an empty cell is the honest "no value".
                return;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return;
            default:
                SafeText.Write(cell, Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }
}
