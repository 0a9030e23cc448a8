namespace LearningSociety.Web.Features.Admin;

/// <summary>A text search with paging, for the agency and unit lists.</summary>
public sealed record AdminSearch
{
    public string? Q { get; init; }
    /// <summary>Only those with no contact at all: the gaps in the reviewers' chase lists.</summary>
    public bool Missing { get; init; }
    /// <summary>Agencies: list ended bodies too (by default only those that exist today).</summary>
    public bool Ended { get; init; }
    public int Page { get; init; } = 1;
}
