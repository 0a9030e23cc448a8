using System.Text;
using LearningSociety.Infrastructure.Importing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace LearningSociety.UnitTests.Importing;

/// <summary>PDF uploads: the text layer is read; encrypted, damaged, empty, image-only and overlong files get a Vietnamese message.</summary>
public class ReadingPdfFilesTests
{
    private const string FontPath = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    internal static byte[] Pdf(IEnumerable<string> lines, int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var text = lines.ToList();
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 800.0;
            foreach (var line in p == 0 ? text : [])
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 16;
            }
        }

        return builder.Build();
    }

    [Fact]
    public void A_pdf_with_a_text_layer_reads_as_its_text_with_accents()
    {
        var bytes = Pdf(["ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "Số: 4206/KH-UBND", "Hải Dương, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH"]);

        var text = new PlanDocumentReader().Read(new MemoryStream(bytes), "ke-hoach.pdf");

        Assert.Contains("TỈNH HẢI DƯƠNG", text, StringComparison.Ordinal);
        Assert.Contains("4206/KH-UBND", text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_pdf_without_text_is_refused_as_a_scan()
    {
        var ex = Assert.Throws<PlanFileException>(() => new PlanDocumentReader().Read(new MemoryStream(Pdf([], pages: 2)), "scan.pdf"));
        Assert.Contains("không có lớp chữ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_over_the_page_limit_is_refused_before_its_pages_are_read()
    {
        var ex = Assert.Throws<PlanFileException>(() =>
            new PlanDocumentReader(new PlanImportOptions { MaxPdfPages = 200 }).Read(new MemoryStream(Pdf(["KẾ HOẠCH"], pages: 300)), "dai.pdf"));
        Assert.Contains("300 trang", ex.Message, StringComparison.Ordinal);
        Assert.Contains("200 trang", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref", "bị hỏng")]
    [InlineData("PK\u0003\u0004 a zip renamed to pdf", "không phải tệp PDF")]
    [InlineData("", "Tệp rỗng")]
    public void A_damaged_renamed_or_empty_pdf_is_refused_with_a_message(string content, string message)
    {
        var ex = Assert.Throws<PlanFileException>(() => new PlanDocumentReader().Read(new MemoryStream(Encoding.Latin1.GetBytes(content)), "hong.pdf"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_with_a_message_about_its_password()
    {
        // A trailer that names an /Encrypt dictionary: the file is protected.
        var bytes = Pdf(["KẾ HOẠCH"]);
        var text = Encoding.Latin1.GetString(bytes);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypted = text[..(open + 2)] + " /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >> /ID [<0102030405060708><0102030405060708>]" + text[(open + 2)..];

        var ex = Assert.Throws<PlanFileException>(() => new PlanDocumentReader().Read(new MemoryStream(Encoding.Latin1.GetBytes(encrypted)), "mat-khau.pdf"));
        Assert.True(ex.Message.Contains("mật khẩu", StringComparison.Ordinal), ex.InnerException?.GetType() + ": " + ex.InnerException?.Message);
    }
}
