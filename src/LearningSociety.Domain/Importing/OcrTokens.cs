using System.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>
/// Repairs the commonest OCR damage to folded Vietnamese words and expands the abbreviations
/// plans use for agency names, so that "Sé Gido duc va Pao tao", "Sở GD&amp;ĐT" and
/// "Sở Giáo dục và Đào tạo" all become nearly the same token sequence.
/// </summary>
/// <remarks>
/// The repairs are safe on clean text because the sequences they rewrite ("ir", "w", "ud",
/// a word-initial "p" without "h", digits inside words) do not occur in Vietnamese spelling.
/// </remarks>
internal static class OcrTokens
{
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = ["uy", "ban", "nhan", "dan"],
        ["hdnd"] = ["hoi", "dong", "nhan", "dan"],
        ["ubmttq"] = ["uy", "ban", "mat", "tran", "to", "quoc"],
        ["ubmttqvn"] = ["uy", "ban", "mat", "tran", "to", "quoc", "viet", "nam"],
        ["mttq"] = ["mat", "tran", "to", "quoc"],
        ["mttqvn"] = ["mat", "tran", "to", "quoc", "viet", "nam"],
        ["vn"] = ["viet", "nam"],
        ["gd&dt"] = ["giao", "duc", "va", "dao", "tao"],
        ["gddt"] = ["giao", "duc", "va", "dao", "tao"],
        ["gd-dt"] = ["giao", "duc", "va", "dao", "tao"],
        ["ld-tb&xh"] = ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"],
        ["ldtb&xh"] = ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"],
        ["ld-tbxh"] = ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"],
        ["ldtbxh"] = ["lao", "dong", "thuong", "binh", "va", "xa", "hoi"],
        ["kh&dt"] = ["ke", "hoach", "va", "dau", "tu"],
        ["khdt"] = ["ke", "hoach", "va", "dau", "tu"],
        ["nn&ptnt"] = ["nong", "nghiep", "va", "phat", "trien", "nong", "thon"],
        ["nnptnt"] = ["nong", "nghiep", "va", "phat", "trien", "nong", "thon"],
        ["tt&tt"] = ["thong", "tin", "va", "truyen", "thong"],
        ["kh&cn"] = ["khoa", "hoc", "va", "cong", "nghe"],
        ["khcn"] = ["khoa", "hoc", "va", "cong", "nghe"],
        ["vh-tt"] = ["van", "hoa", "the", "thao"],
        ["vh&tt"] = ["van", "hoa", "va", "the", "thao"],
        ["vh-xh"] = ["van", "hoa", "xa", "hoi"],
        ["tc-kh"] = ["tai", "chinh", "ke", "hoach"],
        ["hkh"] = ["hoi", "khuyen", "hoc"],
        ["ldld"] = ["lien", "doan", "lao", "dong"],
        ["bcd"] = ["ban", "chi", "dao"],
        ["xdxhht"] = ["xay", "dung", "xa", "hoi", "hoc", "tap"],
        ["xhht"] = ["xa", "hoi", "hoc", "tap"],
        ["ct-xh"] = ["chinh", "tri", "xa", "hoi"],
        ["xh-nn"] = ["xa", "hoi", "nghe", "nghiep"],
        ["lhpn"] = ["lien", "hiep", "phu", "nu"],
        ["chqs"] = ["chi", "huy", "quan", "su"],
        ["pt-th"] = ["phat", "thanh", "truyen", "hinh"],
        ["pt&th"] = ["phat", "thanh", "va", "truyen", "hinh"],
        ["ttdt"] = ["thong", "tin", "dien", "tu"],
        ["gdtx"] = ["giao", "duc", "thuong", "xuyen"],
        ["gdnn"] = ["giao", "duc", "nghe", "nghiep"],
        ["dh"] = ["dai", "hoc"],
        ["cd"] = ["cao", "dang"],
        ["tp"] = ["thanh", "pho"],
        ["tt"] = ["trung", "tam"],
        ["ccb"] = ["cuu", "chien", "binh"],
        ["nct"] = ["nguoi", "cao", "tuoi"],
        ["dd"] = ["dai", "dien"],
        ["htsd"] = ["hoc", "tap", "suot", "doi"],
        ["httx"] = ["hoc", "tap", "thuong", "xuyen"],
    };

    /// <summary>The canonical words for one folded token: an expansion when it is a known abbreviation, else the repaired word.</summary>
    public static IEnumerable<string> Canonical(string folded)
    {
        if (Abbreviations.TryGetValue(folded, out var expansion))
        {
            return expansion;
        }

        if (folded.Contains('-', StringComparison.Ordinal))
        {
            return folded.Split('-', StringSplitOptions.RemoveEmptyEntries).SelectMany(Canonical);
        }

        return [Repair(folded)];
    }

    /// <summary>Undoes the OCR confusions seen in scanned plans ("s6" for "số", "1a" for "là", "Pao" for "Đào").</summary>
    public static string Repair(string word)
    {
        if (word.Length == 0 || word.All(char.IsAsciiDigit))
        {
            return word;
        }

        // "Sở" read as "Sé", "S&", "S¢", "S0", "S6", "Sd".
        if (word.Length == 2 && word[0] == 's' && "e06d&¢o".Contains(word[1], StringComparison.Ordinal))
        {
            return "so";
        }

        var b = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            b.Append(c switch
            {
                '0' or '6' or '¢' or 'ø' => 'o',
                '1' => i == 0 ? 'l' : 'i',
                '4' or '3' => 'a',
                '¥' => 'y',
                '&' or '€' => 'e',
                _ => c,
            });
        }

        b.Replace("ir", "u").Replace('w', 'u').Replace("ud", "uo");
        if (b.Length > 1 && b[0] == 'p' && b[1] != 'h')
        {
            b[0] = 'd';
        }

        return b.ToString();
    }
}
