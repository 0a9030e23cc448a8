namespace LearningSociety.Domain.Importing;

/// <summary>
/// An agency named in the plan that matches nothing in the directory. The draft refers to it by
/// <see cref="Key"/> (prefix "new:") until someone confirms it as a new agency or maps it to an existing one.
/// </summary>
/// <param name="Name">The name as written (first occurrence).</param>
/// <param name="Line">Line of the first occurrence.</param>
/// <param name="Occurrences">How many times the plan names it.</param>
public sealed record AgencyProposal(string Key, string Name, int Line, int Occurrences);
