using LearningSociety.Domain.Plans;

namespace LearningSociety.Domain.Importing;

/// <summary>A phase of the plan ("Giai đoạn 1 (từ 2023 - 2025)"), whole years.</summary>
public sealed record DraftPhase(string Name, int StartYear, int EndYear, ReviewKind? Review);
