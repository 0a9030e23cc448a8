using System.Globalization;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>The addresses a consolidation links to; one place so the switches, drill-downs and exports agree.</summary>
public static class ConsolidationLinks
{
    /// <param name="view">Set only for a pre-reform period, whose figures can be shown two ways.</param>
    public static string Query(int? periodId, int? unitId, bool approvedOnly, HistoryView? view = null)
    {
        var parts = new List<string>(4);
        if (periodId is { } p)
        {
            parts.Add("periodId=" + p.ToString(CultureInfo.InvariantCulture));
        }

        if (unitId is { } u)
        {
            parts.Add("unitId=" + u.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("approvedOnly=" + (approvedOnly ? "true" : "false"));
        if (view is { } v)
        {
            parts.Add("view=" + (v == HistoryView.Current ? "current" : "reported"));
        }

        return string.Join('&', parts);
    }

    public static string Page(int periodId, int unitId, bool approvedOnly, HistoryView? view = null) =>
        "/Consolidated?" + Query(periodId, unitId, approvedOnly, view);

    public static string Report(int reportId) => "/Reports/Edit/" + reportId.ToString(CultureInfo.InvariantCulture);
}
