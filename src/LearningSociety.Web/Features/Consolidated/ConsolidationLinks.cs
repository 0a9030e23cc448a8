using System.Globalization;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>The addresses a consolidation links to; one place so the switches, drill-downs and exports agree.</summary>
public static class ConsolidationLinks
{
    public static string Query(int? periodId, int? unitId, bool approvedOnly)
    {
        var parts = new List<string>(3);
        if (periodId is { } p)
        {
            parts.Add("periodId=" + p.ToString(CultureInfo.InvariantCulture));
        }

        if (unitId is { } u)
        {
            parts.Add("unitId=" + u.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("approvedOnly=" + (approvedOnly ? "true" : "false"));
        return string.Join('&', parts);
    }

    public static string Page(int periodId, int unitId, bool approvedOnly) => "/Consolidated?" + Query(periodId, unitId, approvedOnly);

    public static string Report(int reportId) => "/Reports/Edit/" + reportId.ToString(CultureInfo.InvariantCulture);
}
