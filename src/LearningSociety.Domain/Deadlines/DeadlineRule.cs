using System.Globalization;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Deadlines;

/// <summary>
/// A deadline as a plan writes it, kept structured so that due dates and overdue
/// status can be computed; <see cref="Text"/> keeps the original wording for display.
/// </summary>
public sealed partial record DeadlineRule
{
    private DeadlineRule(DeadlineKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Text = text;
    }

    public DeadlineKind Kind { get; }

    /// <summary>Set for <see cref="DeadlineKind.FixedDate"/>.</summary>
    public DateOnly? Date { get; private init; }

    /// <summary>Set for <see cref="DeadlineKind.Quarter"/>.</summary>
    public int? Year { get; private init; }

    /// <summary>1–4, set for <see cref="DeadlineKind.Quarter"/>.</summary>
    public int? Quarter { get; private init; }

    /// <summary>Set for <see cref="DeadlineKind.Annual"/>.</summary>
    public int? Day { get; private init; }

    /// <summary>Set for <see cref="DeadlineKind.Annual"/>.</summary>
    public int? Month { get; private init; }

    /// <summary>Set for <see cref="DeadlineKind.PhaseEnd"/>.</summary>
    public string? PhaseName { get; private init; }

    /// <summary>The original wording.</summary>
    public string Text { get; }

    public static DeadlineRule Fixed(DateOnly date, string text) =>
        new(DeadlineKind.FixedDate, text) { Date = date };

    public static DeadlineRule InQuarter(int year, int quarter, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(DeadlineKind.Quarter, text) { Year = year, Quarter = quarter };
    }

    public static DeadlineRule EveryYear(int day, int month, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        // A leap year, so that 29/02 is accepted; DueDateFor moves it to 28/02 in other years.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2024, month));
        return new(DeadlineKind.Annual, text) { Day = day, Month = month };
    }

    public static DeadlineRule AtPhaseEnd(string phaseName, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phaseName);
        return new(DeadlineKind.PhaseEnd, text) { PhaseName = phaseName.Trim() };
    }

    public static DeadlineRule OngoingRule(string text) => new(DeadlineKind.Ongoing, text);

    /// <summary>
    /// The day the task is due when reporting for <paramref name="reportYear"/>, or null when it
    /// is never due (ongoing) or its phase is not among <paramref name="phases"/>.
    /// </summary>
    public DateOnly? DueDateFor(int reportYear, IReadOnlyList<PhaseWindow> phases)
    {
        ArgumentNullException.ThrowIfNull(phases);
        return Kind switch
        {
            DeadlineKind.FixedDate => Date,
            DeadlineKind.Quarter => QuarterEnd(Year!.Value, Quarter!.Value),
            DeadlineKind.Annual => new DateOnly(
                reportYear, Month!.Value, Math.Min(Day!.Value, DateTime.DaysInMonth(reportYear, Month.Value))),
            DeadlineKind.PhaseEnd => FindPhase(PhaseName!, phases)?.End,
            _ => null,
        };
    }

    /// <summary>True once <paramref name="today"/> is past the due date; the due day itself is still on time.</summary>
    public bool IsOverdue(DateOnly today, int reportYear, IReadOnlyList<PhaseWindow> phases) =>
        DueDateFor(reportYear, phases) is { } due && today > due;

    /// <summary>A Vietnamese description for display, with dates as dd/MM/yyyy.</summary>
    public string Describe() => Kind switch
    {
        DeadlineKind.FixedDate => "Trước ngày " + FormatDate(Date!.Value),
        DeadlineKind.Quarter => string.Create(
            CultureInfo.InvariantCulture,
            $"Trong quý {Roman(Quarter!.Value)} năm {Year} (hạn {FormatDate(QuarterEnd(Year!.Value, Quarter.Value))})"),
        DeadlineKind.Annual => string.Create(CultureInfo.InvariantCulture, $"Trước ngày {Day!.Value:00}/{Month!.Value:00} hằng năm"),
        DeadlineKind.PhaseEnd => "Khi kết thúc " + PhaseName,
        _ => "Thường xuyên",
    };

    private static DateOnly QuarterEnd(int year, int quarter)
    {
        var month = quarter * 3;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Roman(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };

    private static PhaseWindow? FindPhase(string phaseName, IReadOnlyList<PhaseWindow> phases)
    {
        var key = PhaseKey(phaseName);
        foreach (var phase in phases)
        {
            if (PhaseKey(phase.Name) == key)
            {
                return phase;
            }
        }

        // Plans name the same phase differently in different places ("tổng kết giai đoạn
        // 2023 - 2030" for the phase listed as "Giai đoạn 2 (từ 2026 - 2030)"), so fall back
        // to the one phase ending in the year the name ends with; ambiguity gives no date.
        var years = YearPattern().Matches(phaseName);
        if (years.Count == 0)
        {
            return null;
        }

        var endYear = int.Parse(years[^1].Value, CultureInfo.InvariantCulture);
        PhaseWindow? found = null;
        foreach (var phase in phases)
        {
            if (phase.End.Year != endYear)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = phase;
        }

        return found;
    }

    // "Giai đoạn 2023-2025" and "giai doan 2023 - 2025" name the same phase.
    private static string PhaseKey(string name) => DashPattern().Replace(VietnameseText.Fold(name), "-");

    [GeneratedRegex(@"\s*[-–—]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
