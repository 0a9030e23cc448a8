using LearningSociety.Domain.Importing;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>What an import workbook holds: the rows it could read and, per cell, what it could not.</summary>
public sealed record AssignmentWorkbookContent(
    IReadOnlyList<AssignmentRow> Tasks,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<ImportIssue> Issues);
