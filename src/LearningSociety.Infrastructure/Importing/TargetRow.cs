using LearningSociety.Domain.Plans;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>A target row of the import workbook; <see cref="ReportedBy"/> uses the seed codes (province, district, commune, agency).</summary>
public sealed record TargetRow(
    int Row,
    string Code,
    string Name,
    TargetKind Kind,
    string? UnitOfMeasure,
    string? Numerator,
    string? Denominator,
    string? ReportedBy,
    int? Year,
    decimal? Value);
