namespace LearningSociety.Infrastructure.UnitLists;

/// <summary>An old unit absorbed by a new one: whole ("full") or a part of it ("partial").</summary>
public sealed record UnitListMerge(string Path, string OldId, string? OldName, bool IsFull)
{
    public string Describe => OldName is null ? $"mã {OldId}" : $"{OldName}, mã {OldId}";
}
