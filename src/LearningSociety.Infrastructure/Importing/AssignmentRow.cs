using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>A task row of the import workbook: agencies as the user wrote them, the deadline as worded and as read.</summary>
public sealed record AssignmentRow(
    int Row,
    string Number,
    string Task,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    string? DeadlineText,
    DeadlineRule? Deadline);
