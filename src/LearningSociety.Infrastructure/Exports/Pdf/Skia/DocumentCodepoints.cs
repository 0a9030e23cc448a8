using System.Text;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// Every character a document can draw, for font subsetting: its own text (in NFC, as drawn),
/// the wording the layouts add themselves, and printable ASCII so that page numbers and any
/// fixed label are always covered.
/// </summary>
internal static class DocumentCodepoints
{
    /// <summary>Text the layouts draw that is not in the model.</summary>
    private static readonly string[] LayoutWording = ["Nơi nhận:", FontCache.MissingGlyphMarker];

    public static HashSet<int> Of(PdfDocumentModel document)
    {
        var set = new HashSet<int>();
        for (var c = 0x20; c < 0x7F; c++)
        {
            set.Add(c);
        }

        foreach (var text in LayoutWording.Concat(document.Blocks.SelectMany(Texts)))
        {
            foreach (var rune in (text ?? string.Empty).Normalize(NormalizationForm.FormC).EnumerateRunes())
            {
                set.Add(rune.Value);
            }
        }

        return set;
    }

    private static IEnumerable<string?> Texts(PdfBlock block) => block switch
    {
        PdfParagraph p => p.Runs.Select(r => r.Text),
        PdfHeading h => [h.Text],
        PdfTable t => t.Columns.Select(c => c.Header)
            .Concat(t.ExtraHeaderRows.SelectMany(r => r))
            .Concat(t.Rows.SelectMany(r => r))
            .Concat(t.TotalRow ?? [])
            .Append(t.EmptyText),
        PdfOfficialHeader o => new[] { o.ParentIssuer, o.Issuer, o.DocumentNumber, o.Summary, o.NationalTitle, o.Motto, o.PlaceAndDate },
        PdfClosing c => c.Recipients.Concat(c.SignatureTitles).Append(c.SignerName).Cast<string?>(),
        _ => [],
    };
}
