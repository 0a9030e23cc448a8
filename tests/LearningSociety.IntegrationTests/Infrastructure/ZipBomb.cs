using System.IO.Compression;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Office-shaped zips whose one part inflates to far more than the file's size, made in the test.</summary>
public static class ZipBomb
{
    /// <summary>A few hundred KB that unzip to <paramref name="expandedBytes"/> in <paramref name="part"/>.</summary>
    public static byte[] Make(string part, long expandedBytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var stream = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < expandedBytes; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, expandedBytes - written));
            }
        }

        return memory.ToArray();
    }
}
