namespace LearningSociety.Domain.Reporting;

/// <summary>When a deadline reminder is sent, relative to the deadline day (Vietnam time).</summary>
public enum ReminderKind
{
    /// <summary>7 days before.</summary>
    D7,
    /// <summary>3 days before.</summary>
    D3,
    /// <summary>1 day before.</summary>
    D1,
    /// <summary>The day after the deadline passed.</summary>
    Overdue1,
}
