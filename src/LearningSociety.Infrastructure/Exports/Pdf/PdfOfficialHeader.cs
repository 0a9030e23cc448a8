namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// The two-column head of an official document (Decree 30/2020/NĐ-CP, Appendix I). Left: the
/// parent body in capitals ("UBND TỈNH LONG AN"), the issuing body in bold capitals ("SỞ GIÁO
/// DỤC VÀ ĐÀO TẠO") with a short rule under it, then the number ("Số: 123/BC-SGDĐT") and, for a
/// letter, its summary ("V/v …"). Right: the national title and motto, then the place and date
/// in italics (see <c>OfficialDate.PlaceAndDate</c>). It always starts at the top of a page.
/// </summary>
public sealed record PdfOfficialHeader(string Issuer, string DocumentNumber, string PlaceAndDate) : PdfBlock
{
    public string? ParentIssuer { get; init; }

    public string? Summary { get; init; }

    public string NationalTitle { get; init; } = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public string Motto { get; init; } = "Độc lập - Tự do - Hạnh phúc";
}
