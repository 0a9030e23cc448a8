using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Text;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// How an agency heads a Decree 30 document: the managing body above it (none for a People's
/// Committee or a mass organisation), its own name in capitals without the place it already
/// stands for, the symbol after "BC-"/"KH-", and the place name of the date line.
/// </summary>
public sealed record OfficialIssuer(string? Parent, string Name, string Symbol, string Place)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] LevelWords = ["Tỉnh ", "Thành phố ", "Huyện ", "Thị xã ", "Quận ", "Xã ", "Phường ", "Thị trấn "];

    /// <param name="unitName">The unit the agency sits in ("Huyện Cần Đước").</param>
    public static OfficialIssuer For(string agencyName, AgencyKind kind, string unitName)
    {
        ArgumentNullException.ThrowIfNull(agencyName);
        ArgumentNullException.ThrowIfNull(unitName);
        var name = VietnameseText.Nfc(agencyName).Trim();
        var unit = VietnameseText.Nfc(unitName).Trim();
        var place = PlaceOf(unit);
        if (kind is AgencyKind.PeoplesCommittee or AgencyKind.MassOrganization or AgencyKind.PartyBody or AgencyKind.Association)
        {
            // "ỦY BAN NHÂN DÂN" on a line of its own, the place under it, as the Committees print it.
            var upper = Regex.Replace(Upper(name), "^(ỦY BAN NHÂN DÂN) ", "$1\n");
            return new OfficialIssuer(null, upper, kind == AgencyKind.PeoplesCommittee ? "UBND" : Initials(name), place);
        }

        // "Phòng Giáo dục và Đào tạo huyện Cần Đước" under "UBND HUYỆN CẦN ĐƯỚC" reads "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO".
        var own = name.EndsWith(" " + unit, StringComparison.OrdinalIgnoreCase) ? name[..^(unit.Length + 1)].TrimEnd() : name;
        var symbol = kind == AgencyKind.SteeringCommittee ? "BCĐ" : Initials(own);
        return new OfficialIssuer("UBND " + Upper(unit), Upper(own), symbol, place);
    }

    /// <summary>"Huyện Cần Đước" → "Cần Đước", as the date line writes a place.</summary>
    public static string PlaceOf(string unitName)
    {
        ArgumentNullException.ThrowIfNull(unitName);
        foreach (var word in LevelWords)
        {
            if (unitName.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return unitName[word.Length..];
            }
        }

        return unitName;
    }

    public static string Upper(string text) => VietnameseText.Nfc(text ?? "").ToUpper(Vi);

    /// <summary>"Phòng Giáo dục và Đào tạo" → "PGDĐT"; linking words and punctuation are left out.</summary>
    private static string Initials(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in name.Split([' ', '-', ',', '&'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "và" or "các" or "của" || !char.IsLetter(word[0]))
            {
                continue;
            }

            builder.Append(char.ToUpper(word[0], Vi));
        }

        return builder.Length is > 0 and <= 10 ? builder.ToString() : builder.ToString()[..Math.Min(builder.Length, 10)];
    }
}
