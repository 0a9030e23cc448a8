namespace LearningSociety.Web.Features.Admin.UnitImport;

/// <summary>The upload form: one .json file of at most <see cref="Infrastructure.UnitLists.UnitListReader.MaxBytes"/>.</summary>
public sealed class UnitImportUpload
{
    public IFormFile? File { get; set; }
}
