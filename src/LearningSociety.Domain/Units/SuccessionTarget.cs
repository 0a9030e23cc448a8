namespace LearningSociety.Domain.Units;

/// <summary>
/// Where an old unit's history belongs today: the current units it went into, following chains of
/// successions. <see cref="Whole"/> when every step was "full", so the history belongs to exactly one
/// current unit; otherwise the history is shared by <see cref="Units"/> and given to none of them alone.
/// </summary>
public sealed record SuccessionTarget(IReadOnlyList<int> Units, bool Whole);
