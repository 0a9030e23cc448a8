namespace LearningSociety.Infrastructure.Rollup;

/// <summary>The reporting period a roll-up is for, with what a page prints about it.</summary>
public sealed record RollupPeriod(
    int Id,
    int PlanId,
    string Plan,
    string PlanTitle,
    string Name,
    int Year,
    DateOnly Deadline,
    DateOnly CutoffEnd);
