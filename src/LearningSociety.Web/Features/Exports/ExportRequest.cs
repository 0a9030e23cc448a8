using LearningSociety.Infrastructure.Exports.Jobs;
using LearningSociety.Web.Features.Consolidated;

namespace LearningSociety.Web.Features.Exports;

/// <summary>What the export buttons post: the same period, unit and switch as the page they sit on.</summary>
public sealed class ExportRequest
{
    public ExportKind Kind { get; set; }
    public int PeriodId { get; set; }

    /// <summary>Empty for the national commune workbook (administrators only).</summary>
    public int? UnitId { get; set; }

    public bool ApprovedOnly { get; set; }

    /// <summary>For a pre-reform period: under today's units or as reported (the page's switch).</summary>
    public HistoryView? View { get; set; }
}
