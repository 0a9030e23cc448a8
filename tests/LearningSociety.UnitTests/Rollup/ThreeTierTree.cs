using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using static LearningSociety.UnitTests.Rollup.RollupBuilder;

namespace LearningSociety.UnitTests.Rollup;

/// <summary>
/// Province 1 → districts 10 and 20 → communes 100, 101 (district 10) and 200, 201 (district 20).
/// Every unit must report. District 20's report is a draft and commune 201 has none: 2 missing.
/// <code>
///             own %    reach  count  level  yes/no
/// P 1         10/20     -       5      -      -
///  D 10        5/10    (yes*)   2      -      -      * a district answering a commune target: ignored
///   C 100      1/2      yes     3      2      yes
///   C 101     90/100    no      4      1      no
///  D 20       draft
///   C 200     15/50     yes    10      3      yes
///   C 201     missing
/// </code>
/// </summary>
internal static class ThreeTierTree
{
    public const int Percent = 1;      // everyone, target 40%
    public const int Reaching = 2;     // communes, target 100%
    public const int Total = 3;        // everyone, target 50
    public const int MinLevel = 4;     // communes, target level 2
    public const int YesNo = 5;        // communes, target yes (1)

    public static readonly TargetDefinition[] Targets =
    [
        Target(Percent, TargetKind.Percentage, 40),
        Target(Reaching, TargetKind.UnitsReaching, 100, UnitLevel.Commune),
        Target(Total, TargetKind.Count, 50),
        Target(MinLevel, TargetKind.Level, 2, UnitLevel.Commune),
        Target(YesNo, TargetKind.YesNo, 1, UnitLevel.Commune),
    ];

    public static RollupNode Build() =>
        Unit(1, UnitLevel.Province, Report(Ratio(Percent, 10, 20), Count(Total, 5)),
            Unit(10, UnitLevel.District, Report(Ratio(Percent, 5, 10), Reached(Reaching, true), Count(Total, 2)),
                Commune(100, Report(Ratio(Percent, 1, 2), Reached(Reaching, true), Count(Total, 3), Level(MinLevel, 2), Reached(YesNo, true))),
                Commune(101, Report(Ratio(Percent, 90, 100), Reached(Reaching, false), Count(Total, 4), Level(MinLevel, 1), Reached(YesNo, false)))),
            Unit(20, UnitLevel.District, Report(ReportStatus.Draft, Ratio(Percent, 1000, 1000), Count(Total, 1000)),
                Commune(200, Report(Ratio(Percent, 15, 50), Reached(Reaching, true), Count(Total, 10), Level(MinLevel, 3), Reached(YesNo, true))),
                Commune(201, null)));

    public static RollupResult Compute() => RollupCalculator.Compute(Build(), Targets, Options);
}
