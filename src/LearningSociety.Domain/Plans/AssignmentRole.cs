namespace LearningSociety.Domain.Plans;

public enum AssignmentRole
{
    /// <summary>Chủ trì.</summary>
    Lead,
    /// <summary>Phối hợp.</summary>
    Cooperating,
}
