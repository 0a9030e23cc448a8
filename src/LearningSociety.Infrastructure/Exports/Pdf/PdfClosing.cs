namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// The foot of an official document: "Nơi nhận:" and its list on the left, the signature block
/// on the right ("TM. ỦY BAN NHÂN DÂN" / "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", room to sign, the name
/// in bold). Kept together on one page.
/// </summary>
public sealed record PdfClosing(IReadOnlyList<string> Recipients, IReadOnlyList<string> SignatureTitles, string SignerName) : PdfBlock
{
    public float SignatureSpaceCm { get; init; } = 2.5f;
}
