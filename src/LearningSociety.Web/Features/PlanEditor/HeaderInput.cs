using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The plan's header: number and symbol, date, issuing body, unit, kind, title, period.</summary>
public sealed class HeaderInput : ChangeInput
{
    public string? Number { get; set; }
    public string? Symbol { get; set; }
    public string? IssuedOn { get; set; }
    /// <summary>The signed document gives only the month ("tháng 02 năm 2024").</summary>
    public bool MonthOnly { get; set; }
    public string? IssuedPlace { get; set; }
    public int? IssuerId { get; set; }
    public int? UnitId { get; set; }
    /// <summary>Official code of a unit not in the list (a commune, say); wins over <see cref="UnitId"/>.</summary>
    public string? UnitCode { get; set; }
    public PlanKind Kind { get; set; }
    public string? Title { get; set; }
    public string? PeriodStartYear { get; set; }
    public string? PeriodEndYear { get; set; }
}
