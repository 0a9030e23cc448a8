using LearningSociety.Domain.Agencies;

namespace LearningSociety.Web.Features.Agencies;

public sealed record AgencyFilter
{
    public string? Q { get; init; }
    public AgencyKind? Kind { get; init; }
    /// <summary>By default only agencies named in plans; the People's Committee of every unit on request.</summary>
    public bool All { get; init; }
    /// <summary>By default only bodies that exist today; ended ones (and those not yet begun) on request.</summary>
    public bool Ended { get; init; }
    public int Page { get; init; } = 1;
}
