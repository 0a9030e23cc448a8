namespace LearningSociety.Domain.Units;

/// <summary>One edge of the succession graph: (part of) <paramref name="PredecessorId"/> went into <paramref name="SuccessorId"/>.</summary>
/// <param name="IsFull">The whole old unit went there ("full"); false when it was split ("partial").</param>
public sealed record SuccessionLink(int PredecessorId, int SuccessorId, bool IsFull);
