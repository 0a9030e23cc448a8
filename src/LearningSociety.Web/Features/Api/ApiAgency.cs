namespace LearningSociety.Web.Features.Api;

/// <summary>A body (Sở, UBND, phòng, hội…) of a unit, with its lifetime and the body that took over its duties.</summary>
/// <param name="Key">Stable key: "&lt;unit code&gt;:slug" before the 2025 reform, "&lt;code&gt;/2025:slug" after.</param>
public sealed record ApiAgency(
    int Id, string Key, string Name, string? ShortName, string Kind, int UnitId, DateOnly? ValidFrom, DateOnly? ValidTo, int? SuccessorId);
