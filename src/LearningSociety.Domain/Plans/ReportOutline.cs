namespace LearningSociety.Domain.Plans;

/// <summary>
/// The narrative sections of a report (đề cương báo cáo): those its reporting rule lists, else the
/// default five. The first section — what was achieved — must be written before a report is submitted.
/// </summary>
public static class ReportOutline
{
    /// <summary>The outline when the plan's reporting rule gives none.</summary>
    public static readonly IReadOnlyList<(string Number, string Title, bool Required)> Default =
    [
        ("I", "Kết quả đạt được", true),
        ("II", "Hạn chế, tồn tại", false),
        ("III", "Nguyên nhân", false),
        ("IV", "Bài học kinh nghiệm", false),
        ("V", "Đề xuất, kiến nghị", false),
    ];

    /// <param name="sections">The rule's sections (none when it lists none).</param>
    public static IReadOnlyList<(string Number, string Title, bool Required)> Of(IReadOnlyCollection<ReportOutlineSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return sections.Count > 0 ? [.. sections.OrderBy(s => s.SortOrder).Select((s, i) => (s.Number, s.Title, i == 0))] : Default;
    }
}
