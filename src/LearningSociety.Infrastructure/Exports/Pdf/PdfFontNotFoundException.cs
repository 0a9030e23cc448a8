namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>No usable serif font with Vietnamese glyphs was found; the message tells an operator what to install.</summary>
public sealed class PdfFontNotFoundException : InvalidOperationException
{
    public PdfFontNotFoundException(IEnumerable<string> searchedDirectories)
        : base(
            "Không tìm thấy phông chữ để xuất PDF (Liberation Serif hoặc DejaVu Serif) trong các thư mục: "
            + string.Join(", ", searchedDirectories)
            + ". Hãy cài gói fonts-liberation2 hoặc khai báo thư mục phông chữ tại Exports:Pdf:FontDirectories.")
    {
    }

    public PdfFontNotFoundException()
        : this([])
    {
    }

    public PdfFontNotFoundException(string message)
        : base(message)
    {
    }

    public PdfFontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
