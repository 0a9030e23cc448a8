namespace LearningSociety.Web.Features.Admin;

/// <summary>Builds the audit line "Họ tên: A → B; Điện thoại: (trống) → 0272…" from the fields that really changed.</summary>
public sealed class ChangeList
{
    private readonly List<string> _changes = [];

    public bool Any => _changes.Count > 0;

    public ChangeList Add(string label, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            _changes.Add($"{label}: {Show(before)} → {Show(after)}");
        }

        return this;
    }

    public override string ToString() => string.Join("; ", _changes);

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "(trống)" : value;
}
