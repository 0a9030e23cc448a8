using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.UnitTests.Support;
using UglyToad.PdfPig.Tokens;

namespace LearningSociety.UnitTests.Exports.Pdf;

public class OfficialReportPdfTests
{
    private static readonly byte[] Pdf = PdfProbe.Render(SampleDocuments.Report(new PdfParagraph(SampleDocuments.LongParagraph)));

    [Fact]
    public void Page_is_A4_portrait()
    {
        using var document = PdfProbe.Open(Pdf);
        var page = document.GetPage(1);

        Assert.Equal(595, Math.Round(page.Width));
        Assert.Equal(842, Math.Round(page.Height));
    }

    [Fact]
    public void Landscape_swaps_the_sides()
    {
        var pdf = PdfProbe.Render(new PdfDocumentModel([new PdfParagraph("Phụ lục")]) { PageSize = PdfPageSize.A4Landscape });
        using var document = PdfProbe.Open(pdf);
        var page = document.GetPage(1);

        Assert.Equal(842, Math.Round(page.Width));
        Assert.Equal(595, Math.Round(page.Height));
    }

    [Fact]
    public void Header_reads_back_with_its_diacritics()
    {
        using var document = PdfProbe.Open(Pdf);
        var lines = PdfProbe.Lines(document.GetPage(1));

        Assert.Contains(lines, l => l.EndsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("UBND TỈNH LONG AN", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("SỞ GIÁO DỤC VÀ ĐÀO TẠO", StringComparison.Ordinal));
    }

    [Fact]
    public void Number_and_italic_date_line_share_a_line_under_the_header()
    {
        using var document = PdfProbe.Open(Pdf);
        var page = document.GetPage(1);

        Assert.Contains("Số: 123/BC-SGDĐT Long An, ngày 05 tháng 12 năm 2026", PdfProbe.Lines(page));
        var words = page.GetWords().ToList();
        var baseline = words.First(w => w.Text == "ngày").Letters[0].StartBaseLine.Y;
        var dateLetters = words.Where(w => Math.Abs(w.Letters[0].StartBaseLine.Y - baseline) < 0.5 && w.BoundingBox.Left > page.Width / 2)
            .SelectMany(w => w.Letters).ToList();
        Assert.Equal("Long An, ngày 05 tháng 12 năm 2026".Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(dateLetters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(dateLetters, l => Assert.Contains("Italic", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void National_title_and_issuer_are_bold_and_the_parent_body_is_not()
    {
        using var document = PdfProbe.Open(Pdf);
        var words = document.GetPage(1).GetWords().ToList();

        Assert.Contains("Bold", words.First(w => w.Text == "NGHĨA").Letters[0].FontName, StringComparison.Ordinal);
        Assert.Contains("Bold", words.First(w => w.Text == "SỞ").Letters[0].FontName, StringComparison.Ordinal);
        Assert.DoesNotContain("Bold", words.First(w => w.Text == "UBND").Letters[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_lists_recipients_and_signs_in_bold()
    {
        using var document = PdfProbe.Open(Pdf);
        var page = document.GetPage(document.NumberOfPages);
        var lines = PdfProbe.Lines(page);

        Assert.Contains(lines, l => l.StartsWith("Nơi nhận:", StringComparison.Ordinal) && l.EndsWith("TM. ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Lưu: VT, GDTX.", StringComparison.Ordinal));
        Assert.Contains("Nguyễn Văn An", lines);
        var name = page.GetWords().First(w => w.Text == "Nguyễn");
        Assert.Contains("Bold", name.Letters[0].FontName, StringComparison.Ordinal);
        var recipients = page.GetWords().First(w => w.Text == "Lưu:");
        Assert.Equal(11, recipients.Letters[0].PointSize, 1);
    }

    [Fact]
    public void Metadata_carries_title_author_and_subject()
    {
        using var document = PdfProbe.Open(Pdf);

        Assert.Equal("Báo cáo tổng kết xây dựng xã hội học tập", document.Information.Title);
        Assert.Equal("Sở Giáo dục và Đào tạo", document.Information.Author);
        Assert.Equal("Xây dựng xã hội học tập", document.Information.Subject);
    }

    [Fact]
    public void Every_font_is_embedded_as_a_subset_of_Liberation_Serif()
    {
        using var document = PdfProbe.Open(Pdf);
        var descriptors = FontDescriptors(document);

        Assert.Equal(4, descriptors.Count);
        Assert.All(descriptors, d =>
        {
            Assert.True(
                d.ContainsKey(NameToken.FontFile) || d.ContainsKey(NameToken.FontFile2) || d.ContainsKey(NameToken.FontFile3),
                $"font descriptor {d} has no embedded font file");
            Assert.Matches("^[A-Z]{6}\\+LiberationSerif", ((NameToken)d.Data[NameToken.FontName.Data]).Data);
        });
    }

    [RequiresFontSubsettingFact]
    public void Embedded_fonts_hold_only_the_glyphs_the_document_uses()
    {
        using var document = PdfProbe.Open(Pdf);
        var fontFiles = FontDescriptors(document)
            .Select(d => (StreamToken)document.Structure.GetObject(((IndirectReferenceToken)d.Data[NameToken.FontFile2.Data]).Data).Data)
            .ToList();
        var whole = new FileInfo("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf").Length;

        Assert.Equal(4, fontFiles.Count);
        Assert.All(fontFiles, f =>
        {
            var length = ((NumericToken)f.StreamDictionary.Data[NameToken.Length1.Data]).Long;
            Assert.True(length < whole / 5, $"embedded font is {length} bytes, the whole face {whole}");
        });
        Assert.True(Pdf.Length < 150_000, $"{Pdf.Length} bytes");
    }

    [RequiresToolFact("pdffonts", "poppler-utils")]
    public void Pdffonts_reports_every_font_embedded_and_subset()
    {
        var report = PdfProbe.Pdffonts(Pdf);
        var rows = report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.True(rows.Count >= 3, report);
        Assert.All(rows, row =>
        {
            Assert.Contains("LiberationSerif", row, StringComparison.Ordinal);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row);
        });
    }

    private static List<DictionaryToken> FontDescriptors(UglyToad.PdfPig.PdfDocument document)
    {
        var descriptors = new List<DictionaryToken>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is DictionaryToken dictionary
                && dictionary.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.FontDescriptor))
            {
                descriptors.Add(dictionary);
            }
        }

        return descriptors;
    }
}
