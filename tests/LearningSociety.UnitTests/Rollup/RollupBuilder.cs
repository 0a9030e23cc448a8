using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>Terse builders for hand-made roll-up trees.</summary>
internal static class RollupBuilder
{
    /// <summary>Report deadline in every hand-made tree: 10/12/2024.</summary>
    public static readonly DateOnly Deadline = new(2024, 12, 10);

    /// <summary>09:00 in Vietnam on 05/12/2024: comfortably on time.</summary>
    public static readonly DateTimeOffset EarlySubmission = new(2024, 12, 5, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly RollupOptions Options = new() { Today = new DateOnly(2024, 12, 15) };

    public static readonly RollupOptions ApprovedOnly = Options with { ApprovedOnly = true };

    public static TargetDefinition Target(int id, TargetKind kind, decimal? value, UnitLevel? reportedBy = null) =>
        new() { TargetId = id, Kind = kind, TargetValue = value, ReportedByLevel = reportedBy };

    public static RollupNode Unit(
        int id, UnitLevel? level, ReportFigures? report, params RollupNode[] children) =>
        new() { UnitId = id, Name = "Đơn vị " + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Level = level, ExpectedToReport = true, Report = report, Children = children };

    public static RollupNode Commune(int id, ReportFigures? report) => Unit(id, UnitLevel.Commune, report);

    public static ReportFigures Report(params (int TargetId, TargetFigure Figure)[] figures) =>
        Report(ReportStatus.Submitted, figures);

    public static ReportFigures Report(ReportStatus status, params (int TargetId, TargetFigure Figure)[] figures) => new()
    {
        Status = status,
        SubmittedAt = status == ReportStatus.Draft ? null : EarlySubmission,
        Deadline = Deadline,
        Targets = figures.ToDictionary(f => f.TargetId, f => f.Figure),
    };

    public static ReportFigures SubmittedAt(DateTimeOffset at) =>
        new() { Status = ReportStatus.Submitted, SubmittedAt = at, Deadline = Deadline };

    public static (int, TargetFigure) Ratio(int target, decimal numerator, decimal denominator) =>
        (target, TargetFigure.Ratio(numerator, denominator));

    public static (int, TargetFigure) Reached(int target, bool reached) => (target, TargetFigure.Yes(reached));

    public static (int, TargetFigure) Count(int target, decimal count) => (target, TargetFigure.Total(count));

    public static (int, TargetFigure) Level(int target, int level) => (target, TargetFigure.AtLevel(level));
}
