namespace LearningSociety.Web.Features.PlanImport;

/// <summary>What to do with an agency the directory does not know: create it (under the name given) or use an existing one.</summary>
public sealed class ImportAgencyInput
{
    public const string New = "new";

    /// <summary><see cref="New"/>, or the id of a directory agency.</summary>
    public string? Choice { get; set; }

    public string? Name { get; set; }
}
