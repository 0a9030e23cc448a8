namespace LearningSociety.Infrastructure.Exports.Jobs;

/// <summary>What a background export produces.</summary>
public enum ExportKind
{
    ConsolidatedExcel,
    ConsolidatedPdf,

    /// <summary>Every commune of the scope as a row (the whole nation for an administrator).</summary>
    CommuneWorkbook,
}
