using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// How a rolled-up target reads: "412/1.030 (40,0%) — chỉ tiêu 40% · 2 chưa báo cáo · 1 chưa nhập chỉ tiêu".
/// Nothing received reads "Chưa báo cáo" (or "Chưa nhập chỉ tiêu" when every report came in with it blank), never 0.
/// </summary>
public static class FigureText
{
    public const string NotReported = "Chưa báo cáo";

    /// <summary>The report is in, but this target was left blank (a submit may leave one blank: ADR 0008).</summary>
    public const string NotEntered = "Chưa nhập chỉ tiêu";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>40,0% (one decimal, as the plans write their results).</summary>
    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Vi) + "%" : "—";

    /// <param name="single">One reporter's own figure: "Đạt" rather than "1/1 đơn vị đạt".</param>
    public static string Of(AggregatedTarget figure, RollupTarget target, bool single = false)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(target);
        if (figure.Received == 0)
        {
            return figure.NotReported == 0 ? NotEntered : NotReported + (single ? "" : Missing(figure, notReported: false));
        }

        var text = (figure.Kind, single) switch
        {
            (TargetKind.Percentage, _) => Ratio(figure, ""),
            (TargetKind.UnitsReaching, true) => TargetKinds.Reached(TargetKind.UnitsReaching, figure.Numerator > 0),
            (TargetKind.UnitsReaching, false) => Ratio(figure, " đơn vị đạt"),
            (TargetKind.YesNo, true) => TargetKinds.YesNo(figure.Numerator > 0),
            (TargetKind.YesNo, false) => Ratio(figure, " trả lời “Có”"),
            (TargetKind.Count, _) => Display.Number(figure.Sum) + Unit(target),
            (TargetKind.Level, true) => "Mức độ " + Display.Number(figure.MinLevel ?? 0),
            (TargetKind.Level, false) => "Mức độ " + Display.Number(figure.MinLevel ?? 0) + " (thấp nhất)",
            (TargetKind.RatingDistribution, _) => Rating(figure, target),
        };
        if (Goal(figure, target) is { } goal)
        {
            text += " — chỉ tiêu " + goal;
        }

        return single ? text : text + Missing(figure, notReported: true);
    }

    /// <summary>The reporters without a figure, in two kinds: " · 2 chưa báo cáo · 1 chưa nhập chỉ tiêu".</summary>
    private static string Missing(AggregatedTarget figure, bool notReported) =>
        (notReported && figure.NotReported > 0 ? $" · {Display.Number(figure.NotReported)} chưa báo cáo" : "")
        + (figure.NotEntered > 0 ? $" · {Display.Number(figure.NotEntered)} chưa nhập chỉ tiêu" : "");

    /// <summary>How a target with nothing received is judged in words: nobody reported, or reports came in with it blank.</summary>
    public static string Unanswered(AggregatedTarget figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.NotReported == 0 ? NotEntered : NotReported;
    }

    /// <summary>"40%", "mức độ 2", "Đạt", "50 người"; null when the year has no target value.</summary>
    public static string? Goal(AggregatedTarget figure, RollupTarget target)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(target);
        return figure.TargetValue is { } goal ? TargetKinds.GoalText(figure.Kind, goal, target.UnitOfMeasure, target.Definition.Rating) : null;
    }

    /// <summary>"Tốt 40 · Khá 30 · Trung bình 10 · Chưa đạt 2; 40/82 xếp loại Tốt (48,8%)".</summary>
    private static string Rating(AggregatedTarget figure, RollupTarget target) =>
        target.Definition.Rating is { } scale && figure.Ratings is { } counts
            ? scale.Breakdown(counts, Display.Number) + "; " + Ratio(figure, " " + scale.GoalPhrase)
            : Ratio(figure, "");

    private static string Ratio(AggregatedTarget figure, string what)
    {
        var ratio = Display.Number(figure.Numerator) + "/" + Display.Number(figure.Denominator) + what;
        return figure.Value is { } v ? $"{ratio} ({Share(v, figure)})" : ratio;
    }

    /// <summary>39,97% rather than 40,0% when rounding would lift a share that misses its target up to it.</summary>
    private static string Share(decimal value, AggregatedTarget figure) =>
        figure.BelowTarget == true && figure.TargetValue is { } goal && Math.Round(value, 1, MidpointRounding.AwayFromZero) >= goal
            ? (Math.Floor(value * 100) / 100).ToString("0.00", Vi) + "%"
            : Percent(value);

    private static string Unit(RollupTarget target) => string.IsNullOrEmpty(target.UnitOfMeasure) ? "" : " " + target.UnitOfMeasure;
}
