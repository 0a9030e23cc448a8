namespace LearningSociety.Domain.Importing;

/// <summary>The header fields of a draft that carry how sure the importer is of them.</summary>
public enum DraftField
{
    Number,
    Symbol,
    IssuedOn,
    IssuedPlace,
    Issuer,
    Unit,
    Level,
    Period,
    Title,
}
