using System.Globalization;

namespace LearningSociety.UnitTests.Importing;

/// <summary>How much of a hand-structured plan an imported draft recovers, as counts out of totals.</summary>
internal sealed record ImportScore(
    string Id,
    (int Hit, int Of) Tasks,
    (int Hit, int Of) TaskFlag,
    (int Hit, int Of) Lead,
    (int Hit, int Of) Cooperating,
    (int Hit, int Of) Deadlines,
    (int Hit, int Of) StatedDeadlines,
    (int Hit, int Of) Targets,
    (int Hit, int Of) Reporting,
    (int Hit, int Of) LegalBasis,
    (int Hit, int Of) Header)
{
    public static readonly string[] Columns =
        ["nhiệm vụ", "cờ NV", "chủ trì", "phối hợp", "thời hạn", "(có hạn)", "chỉ tiêu", "báo cáo", "căn cứ", "đầu VB"];

    public IReadOnlyList<(int Hit, int Of)> Values =>
        [Tasks, TaskFlag, Lead, Cooperating, Deadlines, StatedDeadlines, Targets, Reporting, LegalBasis, Header];

    public static double Share((int Hit, int Of) v) => v.Of == 0 ? 1 : (double)v.Hit / v.Of;

    public static string Cell((int Hit, int Of) v) => v.Of == 0
        ? "—"
        : string.Create(CultureInfo.InvariantCulture, $"{Share(v) * 100:0}% ({v.Hit}/{v.Of})");
}
