using LearningSociety.Domain.Plans;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The corrected draft as posted from the review page; lists are by position in the draft.</summary>
public sealed class ImportReviewInput
{
    /// <summary>The protected <see cref="ImportDraftState"/>.</summary>
    public string? State { get; set; }

    public ImportStep Step { get; set; }

    public string? Number { get; set; }

    public string? Symbol { get; set; }

    /// <summary>yyyy-MM-dd from a date input, or dd/MM/yyyy typed.</summary>
    public string? IssuedOn { get; set; }

    public bool MonthOnly { get; set; }

    public string? IssuedPlace { get; set; }

    public int? IssuerId { get; set; }

    public int? UnitId { get; set; }

    public PlanKind Kind { get; set; }

    public string? Title { get; set; }

    public string? PeriodStartYear { get; set; }

    public string? PeriodEndYear { get; set; }

    public List<ImportReferenceInput> Legal { get; set; } = [];

    public List<ImportNodeInput> Nodes { get; set; } = [];

    public List<ImportAgencyInput> Agencies { get; set; } = [];

    public List<ImportTargetInput> Targets { get; set; } = [];

    /// <summary>Fields marked "cần kiểm tra" that the person ticked "Đã kiểm tra" (<see cref="Domain.Importing.DraftField"/> names).</summary>
    public List<string> Confirmed { get; set; } = [];
}
