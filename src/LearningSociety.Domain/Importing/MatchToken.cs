namespace LearningSociety.Domain.Importing;

/// <summary>
/// One canonical word of a paragraph (folded, OCR-repaired, abbreviations expanded) with the span of
/// the original text it came from, so a match can be cut out of the wording as written.
/// </summary>
/// <param name="BreakBefore">A sentence or bracket boundary (. ; : ( ) ? !) lies between this token and the previous one.</param>
/// <param name="CommaBefore">A comma lies between this token and the previous one.</param>
internal readonly record struct MatchToken(string Value, int Start, int End, bool BreakBefore, bool CommaBefore);
