namespace LearningSociety.Domain.Deadlines;

/// <summary>The five ways a plan states when a task is due.</summary>
public enum DeadlineKind
{
    /// <summary>A calendar date: "trước ngày 20/11/2024".</summary>
    FixedDate,

    /// <summary>By the end of a quarter: "trong quý II năm 2020".</summary>
    Quarter,

    /// <summary>The same day every year: "trước ngày 10/12 hằng năm".</summary>
    Annual,

    /// <summary>When a phase of the plan ends (sơ kết / tổng kết).</summary>
    PhaseEnd,

    /// <summary>"Thường xuyên": reported every period, never overdue.</summary>
    Ongoing,
}
