using System.Globalization;
using System.Text;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// Reads the text of an uploaded plan: .txt in UTF-8 (with or without BOM) or UTF-16 with BOM,
/// .docx, and .pdf with a text layer. Anything else (a binary file, a renamed file, an empty or oversized one) is refused with a
/// <see cref="PlanFileException"/> whose message tells the user what to do.
/// </summary>
public sealed class PlanDocumentReader(PlanImportOptions options)
{
    public PlanDocumentReader()
        : this(new PlanImportOptions())
    {
    }

    /// <summary>The text of a file that has one; a scanned PDF or a photo of the plan is refused (see <see cref="Open"/> for those).</summary>
    public string Read(Stream stream, string fileName) =>
        Open(stream, fileName, scans: false).Text
            ?? throw new PlanFileException("Tệp PDF không có lớp chữ (có thể là bản scan hoặc ảnh chụp). "
                + "Hãy tải lên tệp .docx hoặc PDF xuất từ văn bản gốc, hoặc dán nội dung vào ô văn bản.");

    /// <summary>
    /// The text of the file, or, when <paramref name="scans"/> is true, a scanned PDF (no text layer) or a .jpg/.png image to
    /// recognise by OCR — checked here (signature, pages, pixels) so that a bad file is refused before any job exists.
    /// </summary>
    public PlanDocument Open(Stream stream, string fileName, bool scans)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var image = scans && extension is ".jpg" or ".jpeg" or ".png";
        if (extension is not (".txt" or ".docx" or ".pdf") && !image)
        {
            throw new PlanFileException(
                $"Định dạng tệp “{(extension.Length == 0 ? fileName : extension)}” chưa được hỗ trợ; hãy tải lên tệp văn bản .txt, tài liệu Word .docx, "
                + (scans ? "tệp PDF (có lớp chữ hoặc bản scan) hoặc ảnh chụp .jpg, .png." : "hoặc PDF có lớp chữ."));
        }

        var bytes = ReadCapped(stream, options.MaxFileBytes);
        if (bytes.Length == 0)
        {
            throw new PlanFileException("Tệp rỗng, không có nội dung để nhập.");
        }

        if (image)
        {
            return new PlanDocument(null, ScanImage.Check(bytes, extension, options));
        }

        var document = extension switch
        {
            ".docx" => new PlanDocument(WordText.Read(bytes, options.MaxFileBytes), null),
            ".pdf" => PdfText.Read(bytes, options),
            _ => new PlanDocument(DecodeText(bytes), null),
        };
        if (document.Scan is not null)
        {
            return scans ? document : new PlanDocument(null, null);
        }

        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new PlanFileException("Tệp không có chữ nào để nhập.");
        }

        return document with { Text = document.Text.Normalize(NormalizationForm.FormC) };
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; one more means the file is too large.</summary>
    internal static byte[] ReadCapped(Stream stream, long max)
    {
        if (stream.CanSeek && stream.Length - stream.Position > max)
        {
            throw TooLarge(stream.Length - stream.Position, max);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                throw TooLarge(null, max);
            }
        }

        return buffer.ToArray();
    }

    private static PlanFileException TooLarge(long? size, long max)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var limit = (max / (1024.0 * 1024.0)).ToString("0.#", vi);
        var actual = size is { } s ? " (" + (s / (1024.0 * 1024.0)).ToString("#,##0.#", vi) + " MB)" : string.Empty;
        return new PlanFileException($"Tệp quá lớn{actual}; giới hạn là {limit} MB. Hãy tách tệp hoặc bỏ bớt hình ảnh.");
    }

    private static string DecodeText(byte[] bytes)
    {
        Encoding encoding;
        var offset = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encoding = new UTF8Encoding(false, true);
            offset = 3;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            offset = 2;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            offset = 2;
        }
        else
        {
            if (LooksBinary(bytes))
            {
                throw new PlanFileException("Tệp có vẻ là tệp nhị phân (hình ảnh, PDF, tệp nén…), không phải văn bản. Hãy lưu kế hoạch thành .txt (UTF-8) hoặc .docx.");
            }

            encoding = new UTF8Encoding(false, true);
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PlanFileException("Tệp văn bản không ở mã UTF-8 hoặc UTF-16 (có thể là TCVN3/VNI hay Windows-1258). Hãy mở tệp và lưu lại với mã hóa UTF-8.", ex);
        }

        if (text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')) > text.Length / 100)
        {
            throw new PlanFileException("Tệp chứa nhiều ký tự điều khiển, không phải văn bản thông thường. Hãy lưu kế hoạch thành .txt (UTF-8) hoặc .docx.");
        }

        return text;
    }

    // NUL bytes never occur in UTF-8 text; other control bytes only rarely.
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control > sample.Length / 100;
    }
}
