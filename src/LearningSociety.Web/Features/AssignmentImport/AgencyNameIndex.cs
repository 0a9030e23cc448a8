using System.Text;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Text;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>
/// Finds the agency a workbook cell names: by full or short name, accents, case, punctuation and
/// the usual abbreviations (UBND, GD&amp;ĐT, MTTQ …) ignored. Where several units have a body of
/// that name, the one nearest the plan's unit wins: its own, then the units above it, then below.
/// </summary>
public sealed partial class AgencyNameIndex
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("mttq", "mat tran to quoc"), ("gd dt", "giao duc va dao tao"),
        ("gddt", "giao duc va dao tao"), ("ld tb xh", "lao dong thuong binh va xa hoi"), ("ldtbxh", "lao dong thuong binh va xa hoi"),
        ("vh tt", "van hoa thong tin"), ("vhtt", "van hoa thong tin"), ("tp", "thanh pho"), ("bcd", "ban chi dao"), ("tw", "trung uong"),
    ];

    private readonly Dictionary<string, List<(Agency Agency, int Rank)>> _byName = new(StringComparer.Ordinal);

    /// <param name="agencies">Each with its distance from the plan's unit: 0 its own, 1.. above it, 100.. below it.</param>
    public AgencyNameIndex(IEnumerable<(Agency Agency, int Rank)> agencies)
    {
        foreach (var (agency, rank) in agencies)
        {
            foreach (var name in new[] { agency.Name, agency.ShortName })
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    var key = Canon(name);
                    if (!_byName.TryGetValue(key, out var list))
                    {
                        _byName[key] = list = [];
                    }

                    list.Add((agency, rank));
                }
            }
        }
    }

    public Agency? Find(string name) =>
        _byName.TryGetValue(Canon(name), out var list) ? list.OrderBy(x => x.Rank).ThenBy(x => x.Agency.Id).First().Agency : null;

    public static string Canon(string name)
    {
        var folded = VietnameseText.Fold(name).Replace("&", " ", StringComparison.Ordinal);
        var words = NonWord().Replace(folded, " ");
        var text = " " + string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (s, l) in Abbreviations)
        {
            text = text.Replace(" " + s + " ", " " + l + " ", StringComparison.Ordinal);
        }

        var result = new StringBuilder(text.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            result.Append(word).Append(' ');
        }

        return result.ToString().TrimEnd();
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();
}
