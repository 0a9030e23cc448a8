namespace LearningSociety.Domain.Importing;

/// <summary>
/// An agency named in a paragraph: tokens [<paramref name="From"/>, <paramref name="To"/>) of its
/// <see cref="TokenizedText"/>, resolved to a directory key, or with a null key when the directory
/// does not know it.
/// </summary>
internal sealed record AgencyMention(int From, int To, string? Key, string Text);
