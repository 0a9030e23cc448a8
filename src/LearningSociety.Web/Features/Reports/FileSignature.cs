namespace LearningSociety.Web.Features.Reports;

/// <summary>Recognises the accepted evidence types by their first bytes, and requires the extension to agree.</summary>
public static class FileSignature
{
    public static string? Detect(ReadOnlySpan<byte> head, string extension)
    {
        var ext = extension.ToLowerInvariant();
        if (head.StartsWith("%PDF"u8))
        {
            return ext == ".pdf" ? "application/pdf" : null;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return ext switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return ext switch { ".doc" => "application/msword", ".xls" => "application/vnd.ms-excel", _ => null };
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ext is ".jpg" or ".jpeg" ? "image/jpeg" : null;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }))
        {
            return ext == ".png" ? "image/png" : null;
        }

        return null;
    }
}
