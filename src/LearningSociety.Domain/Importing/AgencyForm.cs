namespace LearningSociety.Domain.Importing;

/// <summary>One way of writing an agency's name, as canonical words; <paramref name="Strip"/> counts how much was left out of the full name.</summary>
internal sealed record AgencyForm(string Key, string[] Words, int Strip)
{
    public string Joined { get; } = string.Join(' ', Words);
}
