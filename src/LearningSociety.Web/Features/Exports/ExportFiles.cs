using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Exports;

/// <summary>The exports folder. Files get generated names; a stored name is never taken from a request.</summary>
public sealed class ExportFiles(IOptions<ExportJobOptions> options, IWebHostEnvironment environment)
{
    public string Folder { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));

    public string NewName(int jobId, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{jobId}-{Guid.NewGuid():N}.{extension}");

    public string PathOf(string storedName)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, Path.GetFileName(storedName)));
        return path.StartsWith(Folder, StringComparison.Ordinal) ? path : throw new InvalidOperationException("Tên tệp không hợp lệ.");
    }

    public Stream Create(string storedName)
    {
        Directory.CreateDirectory(Folder);
        return new FileStream(PathOf(storedName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    public void Delete(string? storedName)
    {
        if (storedName is not null && File.Exists(PathOf(storedName)))
        {
            File.Delete(PathOf(storedName));
        }
    }
}
