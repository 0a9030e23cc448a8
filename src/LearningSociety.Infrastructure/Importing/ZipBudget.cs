using System.IO.Compression;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// An Office file (.xlsx, .docx) is a zip, and a small one can unzip to gigabytes. Before any Office
/// reader sees it, every entry is inflated once into a small buffer and counted, against a fixed
/// budget of entries and of expanded bytes: the sizes the zip declares are not trusted. Memory stays
/// at one buffer and the time is bounded by the budget, whatever the file claims.
/// </summary>
public static class ZipBudget
{
    public const int MaxEntries = 2_000;

    /// <summary>Throws <see cref="PlanFileException"/> naming the limit when the file would unzip beyond it.</summary>
    public static void Check(byte[] zip, long maxExpandedBytes, string kind)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var limit = maxExpandedBytes >= 1024 * 1024 ? $"{maxExpandedBytes / (1024 * 1024)} MB" : $"{maxExpandedBytes / 1024} KB";
        var tooLarge = $"{kind} sau khi giải nén quá lớn (vượt quá {limit}); tệp có thể bị hỏng hoặc cố ý gây quá tải. "
            + "Hãy lưu lại tệp hoặc chia nhỏ nội dung rồi tải lên lại.";
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                throw new PlanFileException($"{kind} có {archive.Entries.Count:N0} phần bên trong, nhiều hơn mức cho phép ({MaxEntries:N0}).");
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > maxExpandedBytes)
                {
                    throw new PlanFileException(tooLarge);
                }

                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > maxExpandedBytes)
                    {
                        throw new PlanFileException(tooLarge);
                    }
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new PlanFileException($"{kind} bị hỏng (không đọc được phần nén bên trong); hãy mở bằng ứng dụng văn phòng và lưu lại.", ex);
        }
    }
}
