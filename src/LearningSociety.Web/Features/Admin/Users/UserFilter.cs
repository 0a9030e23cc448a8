namespace LearningSociety.Web.Features.Admin.Users;

public sealed record UserFilter
{
    /// <summary>Matched against name, e-mail and agency, ignoring accents and case.</summary>
    public string? Q { get; init; }
    public string? Role { get; init; }
    public int Page { get; init; } = 1;
}
