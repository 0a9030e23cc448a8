using System.Globalization;
using LearningSociety.Domain.Rollup;

namespace LearningSociety.Domain.Plans;

/// <summary>
/// What each <see cref="TargetKind"/> means, in one place: its name, which goals it accepts, how
/// its goal and a unit's own answer read, whether it is a share, and the columns a workbook
/// writes for it. How it sums up the tree is <see cref="Rollup.TargetTotals"/>. Every switch
/// over kinds names every kind and has no "_ =>" arm (CS8509 is an error), so a new kind fails
/// to compile until each of these says what it means for it.
/// </summary>
public static class TargetKinds
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The kinds offered in forms and templates, in the order they are listed.</summary>
    public static IReadOnlyList<TargetKind> All { get; } = Enum.GetValues<TargetKind>();

    public static string DisplayName(TargetKind kind) => kind switch
    {
        TargetKind.Percentage => "Tỷ lệ (tử số/mẫu số)",
        TargetKind.UnitsReaching => "Tỷ lệ đơn vị đạt",
        TargetKind.Count => "Số lượng",
        TargetKind.YesNo => "Có/Không",
        TargetKind.Level => "Mức độ đạt",
        TargetKind.RatingDistribution => "Xếp loại",
    };

    /// <summary>The kind's name in the Excel assignment template's drop-down (short, no slash: a list item).</summary>
    public static string TemplateLabel(TargetKind kind) => kind switch
    {
        TargetKind.Percentage => "Tỷ lệ",
        TargetKind.UnitsReaching => "Tỷ lệ đơn vị đạt",
        TargetKind.Count => "Số lượng",
        TargetKind.YesNo => "Có-Không",
        TargetKind.Level => "Mức độ",
        TargetKind.RatingDistribution => "Xếp loại",
    };

    /// <summary>The one wording of a yes/no answer or goal, wherever it is shown.</summary>
    public static string YesNo(bool yes) => yes ? "Có" : "Không";

    /// <summary>
    /// Why <paramref name="value"/> cannot be a goal of <paramref name="kind"/>; null when it can.
    /// The one range check of a goal, for the plan editor and every importer.
    /// </summary>
    public static string? GoalProblem(TargetKind kind, decimal value) => kind switch
    {
        TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.RatingDistribution => value is < 0 or > 100 ? $"Tỷ lệ phải từ 0 đến 100% (đã nhập {Number(value)})." : null,
        TargetKind.Count => value < 0 ? "Số lượng không được âm." : null,
        TargetKind.Level => value < 1 || value != decimal.Truncate(value) ? "Mức độ là số nguyên từ 1 trở lên." : null,
        TargetKind.YesNo => value is not (0 or 1) ? "Nhập 1 (phải đạt) hoặc 0." : null,
    };

    /// <summary>A goal as the plans write it: "40%", "mức độ 2", "Có", "50 người", "50% xếp loại Tốt".</summary>
    /// <param name="rating">A rating target's scale, which names the level of its goal (null for other kinds); no default, so no caller forgets it.</param>
    public static string GoalText(TargetKind kind, decimal goal, string? unit, RatingScale? rating) => kind switch
    {
        TargetKind.RatingDistribution => Number(goal) + "%" + (rating is null ? "" : " " + rating.GoalPhrase),
        TargetKind.Percentage or TargetKind.UnitsReaching => Number(goal) + "%",
        TargetKind.YesNo => YesNo(goal > 0),
        TargetKind.Level => "mức độ " + Number(goal),
        TargetKind.Count => Number(goal) + Unit(unit),
    };

    /// <summary>Kinds whose headline is a share (0–100), so they can be drawn against their goal on one axis.</summary>
    public static bool IsShare(TargetKind kind) => kind switch
    {
        TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.YesNo or TargetKind.RatingDistribution => true,
        TargetKind.Count or TargetKind.Level => false,
    };

    /// <summary>
    /// Whether a subtree's figure is judged against the goal. A count is a total for the plan's
    /// whole area, so a part of the area is never "below" it.
    /// </summary>
    public static bool IsJudged(TargetKind kind) => kind switch
    {
        TargetKind.Count => false,
        TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.YesNo or TargetKind.Level or TargetKind.RatingDistribution => true,
    };

    /// <summary>
    /// The figure that is summed (the first number of the pair): a count's sum, otherwise the
    /// numerator (units reaching, yes answers); a level has none.
    /// </summary>
    public static decimal Amount(AggregatedTarget figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind switch
        {
            TargetKind.Count => figure.Sum,
            TargetKind.Percentage or TargetKind.UnitsReaching or TargetKind.YesNo or TargetKind.Level or TargetKind.RatingDistribution => figure.Numerator,
        };
    }

    /// <summary>A unit's own answer read back: "Đạt"/"Chưa đạt" for a unit reaching, "Có"/"Không" for yes/no.</summary>
    public static string Reached(TargetKind kind, bool reached) =>
        kind == TargetKind.YesNo ? YesNo(reached) : reached ? "Đạt" : "Chưa đạt";

    /// <summary>A column a workbook writes for a rolled-up target.</summary>
    /// <param name="Cell">Nothing where the page reads "Chưa báo cáo" or "Chưa nhập chỉ tiêu", except where the page counts a missing unit.</param>
    /// <param name="Lowest">The total is the lowest of the column rather than its sum.</param>
    public sealed record Column(string Header, Func<AggregatedTarget, decimal?> Cell, bool Lowest = false);

    /// <summary>
    /// The columns of a target as the page reads its total: a percentage sums numerators and
    /// denominators; units reaching counts every unit expected in its denominator, reported or
    /// not (11/21, not 11/16); yes/no counts the answers; a count sums; a level takes the lowest;
    /// a rating sums each level.
    /// </summary>
    public static IReadOnlyList<Column> Columns(TargetDefinition target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            TargetKind.Percentage =>
            [
                new("tử số", f => f.Received > 0 ? f.Numerator : null),
                new("mẫu số", f => f.Received > 0 ? f.Denominator : null),
            ],
            TargetKind.UnitsReaching =>
            [
                new("đơn vị đạt", f => f.Received > 0 ? f.Numerator : null),
                new("đơn vị phải đạt", f => f.Expected > 0 ? f.Denominator : null),
            ],
            TargetKind.YesNo =>
            [
                new("số trả lời “Có”", f => f.Received > 0 ? f.Numerator : null),
                new("số đã trả lời", f => f.Received > 0 ? f.Denominator : null),
            ],
            TargetKind.Count => [new("tổng số", f => f.Received > 0 ? f.Sum : null)],
            TargetKind.Level => [new("mức độ thấp nhất", f => f.MinLevel, Lowest: true)],
            TargetKind.RatingDistribution =>
            [
                .. (target.Rating?.Levels ?? []).Select((level, i) =>
                    new Column("xếp loại " + level, f => f.Received > 0 && f.Ratings is { } r ? r[i] : null)),
                new("tổng số đơn vị", f => f.Received > 0 ? f.Denominator : null),
            ],
        };
    }

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", Vi) : value.ToString("#,##0.##", Vi);

    private static string Unit(string? unit) => string.IsNullOrEmpty(unit) ? "" : " " + unit;
}
