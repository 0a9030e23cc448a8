using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>
/// A seeded, reproducible province of its own — three tiers (province → districts → communes, with a
/// Phòng GD&amp;ĐT and an MTTQ per district) or two (province → communes) — whose reports take every status,
/// on time and late, with random figures for every kind of target, some left blank or half filled. It
/// also computes, from the definitions of docs/domain.md and ADRs 0006 and 0008 alone, what a roll-up
/// of any of its units must show: the portal's roll-up code is not used.
/// </summary>
public sealed class RandomRollupWorld
{
    public static readonly DateOnly Deadline = new(2024, 11, 20);

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private RandomRollupWorld(int seed, bool threeTiers)
    {
        Seed = seed;
        ThreeTiers = threeTiers;
    }

    public int Seed { get; }

    public bool ThreeTiers { get; }

    public int PeriodId { get; private set; }

    public List<GenUnit> Units { get; } = [];

    public List<GenReport> Reports { get; } = [];

    public List<GenTarget> Targets { get; } = [];

    public GenUnit Province => Units[0];

    public sealed record GenUnit(string Code, string Name, UnitLevel Level, GenUnit? Parent)
    {
        public int Id { get; set; }

        public bool IsWithin(GenUnit ancestor) => this == ancestor || (Parent?.IsWithin(ancestor) ?? false);
    }

    /// <param name="Level">The tier whose own reports answer it; null: every reporter (agencies included).</param>
    public sealed record GenTarget(string Code, TargetKind Kind, UnitLevel? Level, decimal Goal);

    /// <summary>What a report carries for one target; absent fields are blanks.</summary>
    public sealed record GenFigure(decimal? Numerator = null, decimal? Denominator = null, bool? Reached = null, decimal? Count = null, int? Level = null);

    /// <param name="IsOwn">The consolidating agency's report (Sở, Phòng, UBND xã): the unit's own; otherwise an agency of its own at the unit.</param>
    public sealed record GenReport(GenUnit Unit, string Agency, bool IsOwn, ReportStatus Status, DateTimeOffset? SubmittedAt, Dictionary<string, GenFigure> Figures);

    /// <summary>One target over a subtree, as the definitions give it.</summary>
    public sealed record TargetExpectation(
        GenTarget Target, int Expected, int Counted, int Received, decimal Numerator, decimal Denominator, decimal? Value, int? MinLevel)
    {
        public int NotReported => Expected - Counted;

        public int NotEntered => Counted - Received;

        public int Missing => Expected - Received;
    }

    public sealed record Expectation(int Expected, int Received, int OnTime, IReadOnlyDictionary<string, TargetExpectation> Targets)
    {
        public decimal? Completeness => Expected == 0 ? null : Received * 100m / Expected;

        public decimal? Timeliness => Expected == 0 ? null : OnTime * 100m / Expected;
    }

    /// <summary>A reporter of a roll-up's table: a child unit's subtree, an agency at the unit, or the unit's own report.</summary>
    public sealed record Row(string Name, bool IsLeaf, Expectation Figures, GenUnit? Unit);

    public static async Task<RandomRollupWorld> CreateAsync(PortalFactory factory, int seed)
    {
        var world = new RandomRollupWorld(seed, threeTiers: seed % 2 == 1);
        world.Generate(new Random(seed));
        await factory.WithDbAsync(world.SaveAsync);
        return world;
    }

    private void Generate(Random random)
    {
        Units.Add(new GenUnit($"R{Seed}", $"Tỉnh Ngẫu Nhiên {Seed}", UnitLevel.Province, null));
        Targets.AddRange(
        [
            new("T1", TargetKind.Percentage, UnitLevel.Commune, 40),
            new("T2", TargetKind.UnitsReaching, UnitLevel.Commune, 100),
            new("T3", TargetKind.Count, null, 1000),
            new("T4", TargetKind.YesNo, null, 1),
            new("T5", TargetKind.Level, UnitLevel.Commune, 2),
        ]);
        if (ThreeTiers)
        {
            Targets.Add(new("T6", TargetKind.Percentage, UnitLevel.District, 50));
            for (var d = 1; d <= random.Next(2, 4); d++)
            {
                var district = new GenUnit($"R{Seed}-{d}", $"Huyện Thử {Seed}.{d}", UnitLevel.District, Province);
                Units.Add(district);
                for (var c = 1; c <= random.Next(2, 6); c++)
                {
                    Units.Add(new GenUnit($"R{Seed}-{d}-{c}", $"Xã Thử {Seed}.{d}.{c}", UnitLevel.Commune, district));
                }
            }
        }
        else
        {
            for (var c = 1; c <= random.Next(7, 12); c++)
            {
                Units.Add(new GenUnit($"R{Seed}-{c}", $"Phường Thử {Seed}.{c}", UnitLevel.Commune, Province));
            }
        }

        // Who reports: the Sở and a provincial association; per district its Phòng and MTTQ; every commune but one.
        var reporters = new List<(GenUnit Unit, string Agency, bool Own)> { (Province, $"Sở GD&ĐT Thử {Seed}", true), (Province, $"Hội Khuyến học Thử {Seed}", false) };
        foreach (var unit in Units.Skip(1))
        {
            if (unit.Level == UnitLevel.District)
            {
                reporters.Add((unit, $"Phòng GD&ĐT {unit.Code}", true));
                reporters.Add((unit, $"MTTQ {unit.Code}", false));
            }
            else if (unit != Units[^1])
            {
                reporters.Add((unit, $"UBND {unit.Code}", true)); // the last commune was not assigned this period
            }
        }

        var statuses = Enum.GetValues<ReportStatus>();
        var order = reporters.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            // Every status at least once; then mostly received reports, as a real period has.
            var status = i < statuses.Length ? statuses[i]
                : random.Next(10) switch { < 4 => ReportStatus.Approved, < 7 => ReportStatus.Submitted, 7 => ReportStatus.Draft, 8 => ReportStatus.Returned, _ => random.Next(2) == 0 ? ReportStatus.Excused : ReportStatus.NotSubmitted };
            DateTimeOffset? submitted = status is ReportStatus.Submitted or ReportStatus.Approved or ReportStatus.Returned ? SubmittedAt(random, i) : null;
            var figures = new Dictionary<string, GenFigure>();
            foreach (var target in Targets)
            {
                // Figures for targets the reporter is not asked too: they must be ignored.
                if (Figure(random, target.Kind) is { } figure)
                {
                    figures[target.Code] = figure;
                }
            }

            Reports.Add(new GenReport(order[i].Unit, order[i].Agency, order[i].Own, status, submitted, figures));
        }
    }

    /// <summary>Around the deadline (20/11/2024, Vietnam), with its two edges: 23:59:59 on the day is on time, 00:00 the next day is late.</summary>
    private static DateTimeOffset SubmittedAt(Random random, int i) => i switch
    {
        0 => new DateTimeOffset(Deadline.ToDateTime(new TimeOnly(23, 59, 59)), Vietnam),
        1 => new DateTimeOffset(Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam),
        _ => new DateTimeOffset(Deadline.AddDays(-12).ToDateTime(TimeOnly.MinValue), Vietnam).AddMinutes(random.Next(0, 24 * 60 * 24)),
    };

    private static GenFigure? Figure(Random random, TargetKind kind)
    {
        var draw = random.Next(20);
        if (draw < 3)
        {
            return null; // left blank
        }

        if (draw == 3)
        {
            return kind == TargetKind.Percentage ? new GenFigure(Numerator: random.Next(100)) : new GenFigure(); // half filled: still blank
        }

        decimal Big() => random.Next(8) == 0 ? 5_000_000_000m + random.Next(1_000_000) : random.Next(0, 5000) + (random.Next(6) == 0 ? 0.5m : 0m);
        switch (kind)
        {
            case TargetKind.Percentage:
                var denominator = random.Next(25) == 0 ? 0m : Big();
                return new GenFigure(Numerator: Math.Floor(denominator * (decimal)random.NextDouble()), Denominator: denominator);
            case TargetKind.UnitsReaching:
            case TargetKind.YesNo:
                return new GenFigure(Reached: random.Next(3) > 0);
            case TargetKind.Count:
                return new GenFigure(Count: decimal.Truncate(Big()));
            case TargetKind.Level:
                return new GenFigure(Level: random.Next(1, 4));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private async Task<int> SaveAsync(AppDbContext db)
    {
        foreach (var unit in Units)
        {
            var entity = new AdministrativeUnit { Code = unit.Code, Name = unit.Name, UnitType = unit.Level.ToString(), Level = unit.Level, ParentId = unit.Parent?.Id };
            db.Units.Add(entity);
            await db.SaveChangesAsync();
            var parentPath = unit.Parent is null ? UnitPath.Root : db.Units.Local.Single(u => u.Id == unit.Parent.Id).Path;
            entity.Path = UnitPath.Child(parentPath, entity.Id);
            unit.Id = entity.Id;
        }

        var agencies = new Dictionary<string, Agency>();
        Agency AgencyOf(GenUnit unit, string name, AgencyKind kind) =>
            agencies.TryGetValue(name, out var a) ? a : agencies[name] = new Agency { Key = $"rand{Seed}:{name}", Name = name, Kind = kind, UnitId = unit.Id };
        var committee = AgencyOf(Province, $"UBND Tỉnh Ngẫu Nhiên {Seed}", AgencyKind.PeoplesCommittee);
        var plan = new Plan
        {
            Symbol = $"KH-NN{Seed}", Number = $"{Seed}", Title = $"Kế hoạch ngẫu nhiên {Seed}", Issuer = committee, UnitId = Province.Id,
            Level = UnitLevel.Province, PeriodStartYear = 2024, PeriodEndYear = 2024, Status = PlanStatus.Active,
        };
        foreach (var (target, i) in Targets.Select((t, i) => (t, i)))
        {
            var entity = new Target
            {
                Code = target.Code, Name = $"Chỉ tiêu {target.Kind} {target.Code}", Kind = target.Kind, SortOrder = i,
                ReportedByLevel = target.Level, UnitOfMeasure = target.Kind == TargetKind.Count ? "người" : null,
            };
            entity.Values.Add(new TargetValue { Year = 2024, Value = target.Goal });
            plan.Targets.Add(entity);
        }

        var period = new ReportingPeriod
        {
            Plan = plan, Name = "Năm 2024", Year = 2024, CutoffStart = new DateOnly(2023, 12, 15), CutoffEnd = new DateOnly(2024, 12, 14), Deadline = Deadline,
        };
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        var targetIds = plan.Targets.ToDictionary(t => t.Code, t => t.Id);

        foreach (var r in Reports)
        {
            var kind = r.Agency.StartsWith("UBND", StringComparison.Ordinal) ? AgencyKind.PeoplesCommittee
                : r.Agency.StartsWith("MTTQ", StringComparison.Ordinal) || r.Agency.StartsWith("Hội", StringComparison.Ordinal) ? AgencyKind.MassOrganization : AgencyKind.Department;
            var reviewerName = r.Unit.Level switch
            {
                UnitLevel.Province => r.IsOwn ? committee.Name : $"Sở GD&ĐT Thử {Seed}",
                UnitLevel.District => r.IsOwn ? $"Sở GD&ĐT Thử {Seed}" : $"Phòng GD&ĐT {r.Unit.Code}",
                _ => ThreeTiers ? $"Phòng GD&ĐT {r.Unit.Parent!.Code}" : $"Sở GD&ĐT Thử {Seed}",
            };
            var reviewerUnit = Reports.Where(x => x.Agency == reviewerName).Select(x => x.Unit).FirstOrDefault() ?? Province;
            var report = new Report
            {
                Period = period, Agency = AgencyOf(r.Unit, r.Agency, kind), UnitId = r.Unit.Id, ReviewerAgency = AgencyOf(reviewerUnit, reviewerName, AgencyKind.Department),
                Status = r.Status, SubmittedAt = r.SubmittedAt, LastSavedAt = r.SubmittedAt, IsLate = r.SubmittedAt is { } at && !OnTime(at),
                ApprovedAt = r.Status == ReportStatus.Approved ? r.SubmittedAt!.Value.AddDays(1) : null,
                ExcuseReason = r.Status == ReportStatus.Excused ? "Đơn vị được miễn nộp trong kỳ thử nghiệm." : null,
            };
            foreach (var (code, f) in r.Figures)
            {
                report.Targets.Add(new ReportTargetValue { TargetId = targetIds[code], Numerator = f.Numerator, Denominator = f.Denominator, Reached = f.Reached, Count = f.Count, Level = f.Level });
            }

            db.Reports.Add(report);
        }

        await db.SaveChangesAsync();
        PeriodId = period.Id;
        return PeriodId;
    }

    /// <summary>By the end of the deadline day in Vietnam.</summary>
    public static bool OnTime(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Vietnam).DateTime) <= Deadline;

    // ---- The expected figures, from the definitions ----

    /// <summary>
    /// Expected: every report but an excused one (ADR 0006). Received: submitted or approved; only approved
    /// with <paramref name="approvedOnly"/>. On time: received and submitted by the end of the deadline day.
    /// A target is asked of the reports of its tier's own units, or of every reporter; a percentage sums
    /// numerators and denominators, units reaching counts reaching units over units asked, yes/no counts yes
    /// over answers, a count sums, a level takes the lowest; a blank is never a zero (ADR 0008).
    /// </summary>
    public static Expectation Expect(IReadOnlyList<GenReport> reports, IReadOnlyList<GenTarget> targets, bool approvedOnly)
    {
        bool Counts(GenReport r) => r.Status == ReportStatus.Approved || (r.Status == ReportStatus.Submitted && !approvedOnly);
        var expected = reports.Where(r => r.Status != ReportStatus.Excused).ToList();
        var received = expected.Where(Counts).ToList();
        var byTarget = new Dictionary<string, TargetExpectation>();
        foreach (var t in targets)
        {
            var asked = expected.Where(r => t.Level is null || (r.IsOwn && r.Unit.Level == t.Level)).ToList();
            var counted = asked.Where(Counts).ToList();
            var complete = counted.Where(r => r.Figures.TryGetValue(t.Code, out var f) && t.Kind switch
            {
                TargetKind.Percentage => f.Numerator is not null && f.Denominator is not null,
                TargetKind.UnitsReaching or TargetKind.YesNo => f.Reached is not null,
                TargetKind.Count => f.Count is not null,
                TargetKind.Level => f.Level is not null,
                _ => throw new ArgumentOutOfRangeException(nameof(targets)),
            }).Select(r => r.Figures[t.Code]).ToList();
            var (numerator, denominator) = t.Kind switch
            {
                TargetKind.Percentage => (complete.Sum(f => f.Numerator!.Value), complete.Sum(f => f.Denominator!.Value)),
                TargetKind.UnitsReaching => (complete.Count(f => f.Reached == true), asked.Count),
                TargetKind.YesNo => (complete.Count(f => f.Reached == true), complete.Count),
                TargetKind.Count => (complete.Sum(f => f.Count!.Value), 0m),
                _ => (0m, 0m),
            };
            int? minLevel = t.Kind == TargetKind.Level && complete.Count > 0 ? complete.Min(f => f.Level!.Value) : null;
            decimal? value = complete.Count == 0 ? null : t.Kind switch
            {
                TargetKind.Count => numerator,
                TargetKind.Level => minLevel,
                _ => denominator == 0 ? null : numerator * 100 / denominator,
            };
            byTarget[t.Code] = new TargetExpectation(t, asked.Count, counted.Count, complete.Count, numerator, denominator, value, minLevel);
        }

        return new Expectation(expected.Count, received.Count, received.Count(r => OnTime(r.SubmittedAt!.Value)), byTarget);
    }

    public Expectation Expect(GenUnit root, bool approvedOnly) =>
        Expect([.. Reports.Where(r => r.Unit.IsWithin(root))], Targets, approvedOnly);

    /// <summary>The unit's own report alone; null when it has none or it is excused.</summary>
    public Row? Own(GenUnit root, bool approvedOnly) =>
        Reports.SingleOrDefault(r => r.Unit == root && r.IsOwn) is { Status: not ReportStatus.Excused } own
            ? new Row(own.Agency, true, Expect([own], Targets, approvedOnly), null)
            : null;

    /// <summary>The rows below a unit: each child unit with something expected in its subtree, then each other agency at the unit.</summary>
    public List<Row> Children(GenUnit root, bool approvedOnly)
    {
        var rows = new List<Row>();
        foreach (var child in Units.Where(u => u.Parent == root))
        {
            var below = Reports.Where(r => r.Unit.IsWithin(child)).ToList();
            if (below.Any(r => r.Status != ReportStatus.Excused))
            {
                rows.Add(new Row(child.Name, below.Count == 1, Expect(below, Targets, approvedOnly), child));
            }
        }

        rows.AddRange(Reports.Where(r => r.Unit == root && !r.IsOwn && r.Status != ReportStatus.Excused)
            .Select(r => new Row(r.Agency, true, Expect([r], Targets, approvedOnly), null)));
        return rows;
    }

    /// <summary>The reporters expected whose report does not count: "chưa nộp".</summary>
    public List<string> NotReceived(GenUnit root, bool approvedOnly) =>
        [.. Reports.Where(r => r.Unit.IsWithin(root) && r.Status != ReportStatus.Excused
            && !(r.Status == ReportStatus.Approved || (r.Status == ReportStatus.Submitted && !approvedOnly))).Select(r => r.Agency)];
}
