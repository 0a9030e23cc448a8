using System.Globalization;
using LearningSociety.Infrastructure.Importing;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The folder of OCR jobs' page images (one sub-folder per job, named by its id only), outside the web root.</summary>
public sealed class OcrFiles(PlanImportOptions options, IWebHostEnvironment environment)
{
    public string Folder { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.OcrFolder));

    public string FolderOf(int jobId) => Path.Combine(Folder, jobId.ToString(CultureInfo.InvariantCulture));

    public void Delete(int jobId)
    {
        var folder = FolderOf(jobId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Bytes taken by each job's folder, oldest job (lowest id) first.</summary>
    public IReadOnlyList<(int JobId, long Bytes)> Usage()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return [.. new DirectoryInfo(Folder).EnumerateDirectories()
            .Select(d => (Ok: int.TryParse(d.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id), Id: id, Dir: d))
            .Where(x => x.Ok)
            .Select(x => (x.Id, x.Dir.EnumerateFiles().Sum(f => f.Length)))
            .OrderBy(x => x.Id)];
    }
}
