using System.Globalization;

namespace LearningSociety.Domain.Plans;

/// <summary>
/// The levels of a rating target ("xếp loại"), best first, and how many of the best count toward
/// its goal: 1 reads "xếp loại Tốt", 2 reads "từ Khá trở lên". Stored in one column as
/// "1|Tốt|Khá|Trung bình|Chưa đạt"; a report's counts by level as "40;30;10;2".
/// </summary>
public sealed record RatingScale(IReadOnlyList<string> Levels, int GoalLevels)
{
    public const int MinLevels = 2;
    public const int MaxLevels = 6;
    public const int MaxLevelLength = 50;

    /// <summary>The longest stored scale: six levels of 50 characters, their separators and the goal.</summary>
    public const int MaxStoredLength = 320;

    /// <summary>The longest stored counts: six counts up to <c>ReportValidation.MaxFigure</c> and their separators.</summary>
    public const int MaxCountsLength = 64;

    public static RatingScale Default { get; } = new(["Tốt", "Khá", "Trung bình", "Chưa đạt"], 1);

    /// <summary>"xếp loại Tốt" or "từ Khá trở lên".</summary>
    public string GoalPhrase => GoalLevels <= 1 ? "xếp loại " + Levels[0] : $"từ {Levels[GoalLevels - 1]} trở lên";

    public string Store() => GoalLevels.ToString(CultureInfo.InvariantCulture) + "|" + string.Join('|', Levels);

    /// <summary>The stored scale; null for none or one that is not valid.</summary>
    public static RatingScale? Parse(string? stored)
    {
        var parts = stored?.Split('|');
        return parts is { Length: > 1 } && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var goal)
            && Problem(parts[1..], goal) is null
            ? new RatingScale(parts[1..], goal)
            : null;
    }

    /// <summary>Why these levels and goal cannot make a scale; null when they can.</summary>
    public static string? Problem(IReadOnlyList<string> levels, int goalLevels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count is < MinLevels or > MaxLevels)
        {
            return $"Cần từ {MinLevels} đến {MaxLevels} mức xếp loại (đã có {levels.Count}).";
        }

        if (levels.FirstOrDefault(l => l.Length > MaxLevelLength) is { } tooLong)
        {
            return $"Tên mức “{tooLong[..20]}…” dài quá {MaxLevelLength} ký tự.";
        }

        if (levels.Any(l => l.Length == 0 || l.Contains('|', StringComparison.Ordinal)))
        {
            return "Tên mức xếp loại không được để trống hoặc chứa ký tự “|”.";
        }

        if (levels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != levels.Count)
        {
            return "Các mức xếp loại phải khác nhau.";
        }

        return goalLevels < 1 || goalLevels >= levels.Count
            ? "Chỉ tiêu tính từ một mức trên mức thấp nhất (ví dụ “Tốt” hoặc “từ Khá trở lên”)."
            : null;
    }

    /// <summary>Levels typed one a line, blank lines dropped.</summary>
    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>The stored counts by level; null when none or not readable. The roll-up ignores counts that are not one per level.</summary>
    public static decimal[]? Counts(string? stored)
    {
        var parts = stored?.Split(';');
        if (parts is null || parts.Length > MaxLevels)
        {
            return null;
        }

        var counts = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!decimal.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]))
            {
                return null;
            }
        }

        return counts;
    }

    public static string StoreCounts(IEnumerable<decimal> counts) =>
        string.Join(';', counts.Select(c => c.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>The units at a level that counts toward the goal.</summary>
    public decimal Reaching(IReadOnlyList<decimal> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Take(GoalLevels).Sum();
    }

    /// <summary>"Tốt 40 · Khá 30 · Trung bình 10 · Chưa đạt 2".</summary>
    public string Breakdown(IReadOnlyList<decimal> counts, Func<decimal, string> number)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(number);
        return string.Join(" · ", Levels.Select((l, i) => l + " " + number(i < counts.Count ? counts[i] : 0)));
    }
}
