using LearningSociety.Domain.Importing;
using LearningSociety.Infrastructure.Importing;

namespace LearningSociety.Web.Features.AssignmentImport;

/// <summary>What was read from an uploaded workbook, carried (protected) from the preview to the confirm.</summary>
public sealed record AssignmentImportPayload(
    string FileName,
    List<AssignmentImportTask> Tasks,
    List<TargetRow> Targets,
    List<ImportIssue> Issues);

/// <summary>A task row as the user wrote it; the deadline is read again on each step.</summary>
public sealed record AssignmentImportTask(int Row, string Number, string Task, List<string> Lead, List<string> Cooperating, string? DeadlineText);
