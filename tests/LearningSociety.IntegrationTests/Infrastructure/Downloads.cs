using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using LearningSociety.UnitTests.Support;
using UglyToad.PdfPig;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Fetches a download and reopens it the way a person would read it: the PDF's words, the workbook's cells.</summary>
public static class Downloads
{
    public static async Task<byte[]> FetchAsync(this HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True((response.Content.Headers.ContentDisposition?.FileName ?? "").All(c => c < 128));
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static Task<byte[]> PdfAsync(this HttpClient client, string url) => client.FetchAsync(url, "application/pdf");

    public static async Task<XLWorkbook> WorkbookAsync(this HttpClient client, string url) =>
        new(new MemoryStream(await client.FetchAsync(url, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));

    /// <summary>Each page's words, top to bottom and left to right, joined by single spaces, in NFC.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return [.. doc.GetPages().Select(p => string.Join(' ', p.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .SelectMany(g => g.OrderBy(w => w.BoundingBox.Left))
            .Select(w => w.Text)).Normalize(NormalizationForm.FormC))];
    }

    public static string Text(byte[] pdf) => string.Join(' ', PageTexts(pdf));

    /// <summary>pdffonts' table: every font embedded, subset and with a Unicode map (emb, sub, uni all "yes").</summary>
    public static void AssertFontsEmbedded(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"it-{Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var lines = ExternalTool.Run("pdffonts", [path], TimeSpan.FromSeconds(30)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", l));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The cell under the header <paramref name="header"/> in the row whose first cell is <paramref name="key"/>.</summary>
    public static IXLCell Cell(this IXLWorksheet sheet, string key, string header)
    {
        var head = sheet.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == header));
        var column = head.CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;
        var row = sheet.RowsUsed().First(r => r.RowNumber() > head.RowNumber() && r.Cell(1).GetString() == key);
        return row.Cell(column);
    }
}
