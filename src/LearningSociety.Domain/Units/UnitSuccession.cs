namespace LearningSociety.Domain.Units;

/// <summary>Records that (part of) an old unit became part of a new one, so history rolls up after a reorganisation.</summary>
public class UnitSuccession
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public AdministrativeUnit? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public AdministrativeUnit? Successor { get; set; }
    /// <summary>True when the whole old unit went into the new one ("full"), false for "partial".</summary>
    public bool IsFull { get; set; }
    public DateOnly EffectiveOn { get; set; }
}
