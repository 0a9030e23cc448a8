using LearningSociety.Domain.Agencies;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// What the portal says about a body's lifetime, in one place: the note beside its name in a picker
/// ("đã giải thể 30/06/2025 · kế thừa: Sở GD&amp;ĐT tỉnh Tây Ninh"), the period a directory shows, and
/// the message that refuses an ended body to a plan issued after its end.
/// </summary>
public static class AgencyLifetime
{
    public const string SwitchLabel = "Hiện cả cơ quan đã giải thể";

    /// <summary>A body as the pickers and messages need it; <paramref name="Successor"/> is the successor's short name.</summary>
    public sealed record Term(string Name, DateOnly? ValidFrom, DateOnly? ValidTo, string? Successor)
    {
        public static Term Of(Agency agency) =>
            new(agency.DisplayName, agency.ValidFrom, agency.ValidTo, agency.Successor?.DisplayName);

        public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

        /// <summary>Ended before <paramref name="day"/>: a plan issued that day may not give it new work.</summary>
        public bool EndedBefore(DateOnly day) => ValidTo is { } end && end < day;
    }

    /// <summary>"đã giải thể 30/06/2025 · kế thừa: …", "thành lập 01/07/2025", or null for a body that exists throughout.</summary>
    public static string? Note(Term term, DateOnly today)
    {
        if (term.ValidTo is { } end && end < today)
        {
            return $"đã giải thể {Display.Date(end)}" + (term.Successor is { } s ? " · kế thừa: " + s : "");
        }

        if (term.ValidFrom is { } start && start > today)
        {
            return "thành lập " + Display.Date(start);
        }

        return term.ValidTo is { } last ? "hoạt động đến " + Display.Date(last) : null;
    }

    /// <summary>The name followed by its lifetime note, e.g. "Phòng GD&amp;ĐT Cần Đước (đã giải thể 30/06/2025 · kế thừa: …)".</summary>
    public static string Label(string label, Term term, DateOnly today) =>
        Note(term, today) is { } note ? $"{label} ({note})" : label;

    /// <summary>"Hoạt động từ 01/07/2025", "Hoạt động đến 30/06/2025", "Hoạt động từ … đến …", or null when unbounded.</summary>
    public static string? Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"Hoạt động từ {Display.Date(f)} đến {Display.Date(t)}",
        ({ } f, null) => $"Hoạt động từ {Display.Date(f)}",
        (null, { } t) => $"Hoạt động đến {Display.Date(t)}",
        (null, null) => null,
    };

    /// <summary>
    /// Why <paramref name="term"/> may not be given new work by a plan issued on <paramref name="day"/>
    /// (null when it may): it names the body, its last day and its successor.
    /// </summary>
    public static string? Refusal(Term term, DateOnly day, string what, string dayName = "ngày của kế hoạch") =>
        term.EndedBefore(day)
            ? $"{term.Name} đã giải thể ngày {Display.Date(term.ValidTo!.Value)}, trước {dayName} ({Display.Date(day)}), nên không thể {what}. "
              + (term.Successor is { } s ? $"Cơ quan kế thừa: {s}." : "Hãy chọn một cơ quan đang hoạt động.")
            : null;
}
