using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// The text layer of a PDF, page by page, within a fixed budget: the bytes are already capped by the
/// caller, the page count by <see cref="PlanImportOptions.MaxPdfPages"/>, and every page's text is
/// bounded, so a crafted file can neither run long nor fill memory. Encrypted, damaged and image-only
/// files are refused with a message the user can act on.
/// </summary>
internal static class PdfText
{
    /// <summary>The text layer, or, for a file with (almost) no letters, a scan to recognise with the sizes of its pages.</summary>
    public static PlanDocument Read(byte[] bytes, PlanImportOptions options)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new PlanFileException("Tệp có đuôi .pdf nhưng không phải tệp PDF (có thể bị đổi tên hoặc hỏng). Hãy xuất lại tệp PDF từ văn bản gốc.");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            if (document.NumberOfPages > options.MaxPdfPages)
            {
                throw new PlanFileException($"Tệp PDF có {document.NumberOfPages} trang; cổng chỉ đọc tệp đến {options.MaxPdfPages} trang. "
                    + "Hãy tách phần kế hoạch (đầu văn bản, căn cứ, nhiệm vụ, chỉ tiêu) thành một tệp riêng.");
            }

            var text = new StringBuilder();
            var letters = 0;
            foreach (Page page in document.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page);
                letters += pageText.Count(char.IsLetter);
                text.Append(pageText.Length > MaxPageChars ? pageText[..MaxPageChars] : pageText).Append('\n');
                if (text.Length > options.MaxFileBytes)
                {
                    throw new PlanFileException("Tệp PDF chứa quá nhiều chữ để đọc một lần. Hãy tách phần kế hoạch thành một tệp riêng.");
                }
            }

            if (letters < 20 * Math.Max(1, document.NumberOfPages) / 4)
            {
                var sizes = Enumerable.Range(1, document.NumberOfPages).Select(n => document.GetPage(n)).Select(p => new ScanPageSize(p.Width, p.Height)).ToList();
                return new PlanDocument(null, new ScanSource(bytes, ScanFormat.Pdf, sizes));
            }

            return new PlanDocument(text.ToString(), null);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new PlanFileException("Tệp PDF được đặt mật khẩu hoặc mã hóa nên cổng không đọc được. Hãy gỡ mật khẩu rồi tải lên lại.", ex);
        }
        catch (Exception ex) when (ex is not PlanFileException and not OutOfMemoryException)
        {
            // PdfPig signals a damaged file with many exception types; none of their messages reach the user.
            throw new PlanFileException("Tệp PDF bị hỏng hoặc không đọc được. Hãy mở tệp, lưu lại thành PDF mới hoặc .docx, rồi tải lên lại.", ex);
        }
    }

    // A page of a plan holds a few thousand characters; anything far beyond is not a page to read.
    private const int MaxPageChars = 50_000;
}
