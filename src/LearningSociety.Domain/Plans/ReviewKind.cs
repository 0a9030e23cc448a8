namespace LearningSociety.Domain.Plans;

public enum ReviewKind
{
    /// <summary>Sơ kết.</summary>
    Interim,
    /// <summary>Tổng kết.</summary>
    Final,
}
