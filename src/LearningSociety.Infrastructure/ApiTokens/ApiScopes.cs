namespace LearningSociety.Infrastructure.ApiTokens;

/// <summary>What a token may read; the directory (units, agencies, periods) comes with either.</summary>
[Flags]
public enum ApiScopes
{
    None = 0,

    /// <summary>Consolidated figures.</summary>
    Figures = 1,

    /// <summary>Plans (tasks, assignments, deadlines, targets) and report statuses.</summary>
    Plans = 2,
}
