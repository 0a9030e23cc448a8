using LearningSociety.Domain.Deadlines;
using LearningSociety.Infrastructure.Exports.Pdf;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The one builder of the consolidated report's files. The direct download and the background
/// export both call it, so the same request gives the same document whichever path builds it:
/// the page's model, the narratives of the reports it counts, today's date in Vietnam.
/// </summary>
public sealed class ConsolidatedDocuments(ConsolidatedNarrativeLoader narratives, IPdfRenderer pdf, TimeProvider clock)
{
    public const string PdfType = "application/pdf";
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record File(byte[] Content, string ContentType, string Disposition);

    /// <param name="consolidation">A consolidation with a tree (the callers have refused the others).</param>
    public async Task<File> BuildAsync(Consolidation consolidation, bool asPdf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(consolidation);
        var model = ConsolidatedModelBuilder.Build(consolidation);
        var texts = await narratives.LoadAsync(consolidation, ct);
        var now = clock.GetUtcNow();
        if (!asPdf)
        {
            return new File(ConsolidatedWorkbook.Build(model, now, texts), ExcelType, ConsolidatedExport.ContentDisposition(model, "xlsx"));
        }

        using var buffer = new MemoryStream();
        pdf.Render(ConsolidatedPdf.Build(model, VietnamTime.Today(clock), now, texts), buffer);
        return new File(buffer.ToArray(), PdfType, ConsolidatedExport.ContentDisposition(model, "pdf"));
    }
}
