namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The paste-or-upload page, with the reason the last attempt was refused.</summary>
public sealed class ImportSourceModel
{
    public string? Text { get; init; }

    public string? Error { get; init; }

    public long MaxFileBytes { get; init; }
}
