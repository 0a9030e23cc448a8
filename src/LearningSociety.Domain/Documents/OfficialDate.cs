using System.Globalization;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Documents;

/// <summary>
/// The date wording of an official document under Decree 30/2020/NĐ-CP (Appendix I): days
/// below 10 and the months January and February take a leading zero ("ngày 05 tháng 02"), the
/// other months do not ("tháng 3"), so a typed-in digit cannot be added in front afterwards.
/// </summary>
public static class OfficialDate
{
    /// <summary>"ngày 05 tháng 12 năm 2026".</summary>
    public static string Wording(DateOnly date)
    {
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
        var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {year}";
    }

    /// <summary>The place-and-date line under the national motto: "Long An, ngày 05 tháng 12 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(place);
        var name = VietnameseText.Nfc(place);
        if (name.Length == 0)
        {
            throw new ArgumentException("Địa danh không được để trống.", nameof(place));
        }

        return $"{name}, {Wording(date)}";
    }
}
