using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>
/// Turns plan seeds into entities. Every file is checked before anything is added, so a bad file
/// leaves the database as it was; a plan already present (same source file) is skipped.
/// </summary>
public sealed class PlanSeedImporter(AppDbContext db)
{
    private readonly Dictionary<string, Agency> _agencies = new(StringComparer.Ordinal);
    private List<AdministrativeUnit> _units = [];

    public async Task<int> ImportAsync(IReadOnlyList<(string File, PlanSeed Seed)> seeds, CancellationToken ct = default)
    {
        _units = await db.Units.ToListAsync(ct);
        foreach (var agency in await db.Agencies.ToListAsync(ct))
        {
            _agencies[agency.Key] = agency;
        }

        var existing = (await db.Plans.Select(p => p.SourceFile).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var plans = new List<Plan>();
        foreach (var (file, seed) in seeds)
        {
            if (existing.Contains(seed.Source))
            {
                continue;
            }

            plans.Add(Map(file, seed));
        }

        db.Plans.AddRange(plans);
        return plans.Count;
    }

    private Plan Map(string file, PlanSeed s)
    {
        var issuedOn = ParseDate(file, "$.issuedOn", s.IssuedOn);
        var unit = FindUnit(file, "$.unit", s.Unit, issuedOn);
        for (var i = 0; i < s.Agencies.Count; i++)
        {
            AddAgency(file, $"$.agencies[{i}]", s.Agencies[i], issuedOn);
        }

        var plan = new Plan
        {
            Number = Clean(s.Number),
            Symbol = s.Symbol.Trim(),
            IssuedOn = issuedOn,
            IssuedOnDayKnown = !string.Equals(s.IssuedOnPrecision, "month", StringComparison.OrdinalIgnoreCase),
            IssuedPlace = Clean(s.IssuedPlace),
            Issuer = Agency(file, "$.issuer", s.Issuer),
            Unit = unit,
            Level = UnitLevels.Parse(s.Level) ?? throw new SeedException(file, "$.level", $"cấp '{s.Level}' không hợp lệ (province, district, commune)"),
            Kind = ParseEnum<PlanKind>(file, "$.kind", s.Kind),
            Title = s.Title.Trim(),
            PeriodStartYear = s.PeriodStart ?? issuedOn.Year,
            PeriodEndYear = s.PeriodEnd ?? s.PeriodStart ?? issuedOn.Year,
            Status = s.Status is null ? PlanStatus.Active : ParseEnum<PlanStatus>(file, "$.status", s.Status),
            SourceFile = s.Source,
        };
        if (plan.PeriodEndYear < plan.PeriodStartYear)
        {
            throw new SeedException(file, "$.periodEnd", "năm kết thúc trước năm bắt đầu");
        }

        var phases = s.Phases ?? [];
        for (var i = 0; i < phases.Count; i++)
        {
            var p = phases[i];
            var phase = new PlanPhase
            {
                Name = p.Name.Trim(),
                Start = ParseDate(file, $"$.phases[{i}].start", p.Start),
                End = ParseDate(file, $"$.phases[{i}].end", p.End),
                Review = p.Review is null ? null : ParseEnum<ReviewKind>(file, $"$.phases[{i}].review", p.Review),
            };
            if (phase.End < phase.Start)
            {
                throw new SeedException(file, $"$.phases[{i}].end", "ngày kết thúc trước ngày bắt đầu");
            }

            plan.Phases.Add(phase);
        }

        var legal = s.LegalBasis ?? [];
        for (var i = 0; i < legal.Count; i++)
        {
            var r = legal[i];
            plan.LegalBasis.Add(new LegalReference
            {
                Reference = r.Reference.Trim(),
                Kind = r.Kind is null ? LegalReferenceKind.Other : ParseEnum<LegalReferenceKind>(file, $"$.legalBasis[{i}].kind", r.Kind),
                IssuedOn = r.IssuedOn is null ? null : ParseDate(file, $"$.legalBasis[{i}].issuedOn", r.IssuedOn),
                Issuer = Clean(r.Issuer),
                Title = Clean(r.Title),
                Relation = r.Relation is null ? LegalRelation.Basis : ParseEnum<LegalRelation>(file, $"$.legalBasis[{i}].relation", r.Relation),
                SortOrder = i,
            });
        }

        var order = 0;
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        MapNodes(file, "$.sections", s.Sections, null, plan, numbers, ref order);

        var targets = s.Targets ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            plan.Targets.Add(MapTarget(file, $"$.targets[{i}]", targets[i], i, plan));
        }

        var rules = s.Reporting ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            var path = $"$.reporting[{i}]";
            var rule = new ReportingRule
            {
                FromAgency = Agency(file, path + ".from", r.From),
                ToAgency = Agency(file, path + ".to", r.To),
                Frequency = ParseEnum<ReportFrequency>(file, path + ".frequency", r.Frequency),
                Deadline = MapDeadline(file, path + ".deadline", r.Deadline, plan),
                Text = Clean(r.Text),
                SortOrder = i,
            };
            var outline = r.Outline ?? [];
            for (var j = 0; j < outline.Count; j++)
            {
                rule.Outline.Add(new ReportOutlineSection { Number = outline[j].Number.Trim(), Title = outline[j].Title.Trim(), SortOrder = j });
            }

            plan.ReportingRules.Add(rule);
        }

        plan.SearchText = PlanSearchText.Build(plan);
        return plan;
    }

    private void MapNodes(string file, string path, List<NodeSeed>? nodes, PlanItem? parent, Plan plan, HashSet<string> numbers, ref int order)
    {
        if (nodes is null)
        {
            return;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            var here = $"{path}[{i}]";
            if (!numbers.Add(n.Number))
            {
                throw new SeedException(file, here + ".number", $"số hiệu mục '{n.Number}' bị trùng");
            }

            var item = new PlanItem
            {
                Number = n.Number.Trim(),
                Title = Clean(n.Title),
                Text = Clean(n.Text),
                IsTask = n.IsTask,
                SortOrder = order++,
                Parent = parent,
                Deadline = MapDeadline(file, here + ".deadline", n.Deadline, plan),
            };
            AddAssignments(file, here + ".lead", n.Lead, item, AssignmentRole.Lead);
            AddAssignments(file, here + ".cooperating", n.Cooperating, item, AssignmentRole.Cooperating);
            plan.Items.Add(item);
            MapNodes(file, here + ".children", n.Children, item, plan, numbers, ref order);
        }
    }

    private void AddAssignments(string file, string path, List<string>? keys, PlanItem item, AssignmentRole role)
    {
        if (keys is null)
        {
            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var agency = Agency(file, $"{path}[{i}]", keys[i]);
            if (item.Assignments.Any(a => a.Agency == agency && a.Role == role))
            {
                throw new SeedException(file, $"{path}[{i}]", $"cơ quan '{keys[i]}' được giao hai lần");
            }

            item.Assignments.Add(new TaskAssignment { Agency = agency, Role = role });
        }
    }

    private static Target MapTarget(string file, string path, TargetSeed t, int index, Plan plan)
    {
        var target = new Target
        {
            Code = t.Code.Trim(),
            SectionNumber = Clean(t.Section),
            Name = t.Name.Trim(),
            Text = Clean(t.Text),
            Kind = ParseEnum<TargetKind>(file, path + ".kind", t.Kind),
            UnitOfMeasure = Clean(t.UnitOfMeasure),
            NumeratorDefinition = Clean(t.Numerator),
            DenominatorDefinition = Clean(t.Denominator),
            SortOrder = index,
        };
        if (t.Rating is not null)
        {
            target.RatingLevels = target.Kind == TargetKind.RatingDistribution && RatingScale.Parse(t.Rating) is { } scale
                ? scale.Store()
                : throw new SeedException(file, path + ".rating", $"mức xếp loại '{t.Rating}' không hợp lệ");
        }

        if (string.Equals(t.ReportedBy, "agency", StringComparison.OrdinalIgnoreCase))
        {
            target.ReportedByAgencies = true;
        }
        else if (t.ReportedBy is not null)
        {
            target.ReportedByLevel = UnitLevels.Parse(t.ReportedBy)
                ?? throw new SeedException(file, path + ".reportedBy", $"'{t.ReportedBy}' không phải cấp báo cáo hợp lệ");
        }

        if (plan.Targets.Any(x => x.Code == target.Code))
        {
            throw new SeedException(file, path + ".code", $"mã chỉ tiêu '{target.Code}' bị trùng");
        }

        var values = t.Values ?? [];
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            if (v.Year is null && v.Phase is null)
            {
                throw new SeedException(file, $"{path}.values[{i}]", "giá trị chỉ tiêu phải gắn với một năm hoặc một giai đoạn");
            }

            if (v.Phase is not null && plan.Phases.All(p => !SamePhase(p.Name, v.Phase)))
            {
                throw new SeedException(file, $"{path}.values[{i}].phase", $"không có giai đoạn '{v.Phase}'");
            }

            if (TargetKinds.GoalProblem(target.Kind, v.Value) is { } problem)
            {
                throw new SeedException(file, $"{path}.values[{i}].value", $"giá trị {v.Value.ToString(CultureInfo.InvariantCulture)} nằm ngoài khoảng cho phép ({problem})");
            }

            target.Values.Add(new TargetValue { Year = v.Year, PhaseName = v.Phase?.Trim(), Value = v.Value });
        }

        return target;
    }

    private static Deadline? MapDeadline(string file, string path, DeadlineSeed? d, Plan plan)
    {
        if (d is null)
        {
            return null;
        }

        var text = d.Text?.Trim() ?? "";
        try
        {
            var rule = d.Kind.Trim().ToLowerInvariant() switch
            {
                "fixeddate" => DeadlineRule.Fixed(ParseDate(file, path + ".date", d.Date), text),
                "quarter" => DeadlineRule.InQuarter(Required(file, path + ".year", d.Year), Required(file, path + ".quarter", d.Quarter), text),
                "annual" => DeadlineRule.EveryYear(Required(file, path + ".day", d.Day), Required(file, path + ".month", d.Month), text),
                "phaseend" => DeadlineRule.AtPhaseEnd(
                    plan.Phases.FirstOrDefault(p => SamePhase(p.Name, d.Phase ?? ""))?.Name
                        ?? throw new SeedException(file, path + ".phase", $"không có giai đoạn '{d.Phase}'"),
                    text),
                "ongoing" => DeadlineRule.OngoingRule(text),
                _ => throw new SeedException(file, path + ".kind", $"loại thời hạn '{d.Kind}' không hợp lệ"),
            };
            return Deadline.From(rule);
        }
        catch (ArgumentException ex)
        {
            throw new SeedException(file, path, "thời hạn không hợp lệ: " + ex.Message);
        }
    }

    private void AddAgency(string file, string path, AgencySeed a, DateOnly asOf)
    {
        var name = a.Name.Trim();
        if (_agencies.TryGetValue(a.Key, out var known))
        {
            // The same key in two places must mean the same body.
            if (!string.Equals(known.Name, name, StringComparison.Ordinal) && known.Id == 0)
            {
                throw new SeedException(file, path + ".name", $"cơ quan '{a.Key}' đã có tên khác: '{known.Name}'");
            }

            known.Name = name;
            known.ShortName = Clean(a.ShortName) ?? known.ShortName;
            return;
        }

        var kind = ParseEnum<AgencyKind>(file, path + ".kind", a.Kind);
        _agencies[a.Key] = new Agency
        {
            Key = a.Key,
            Name = name,
            ShortName = Clean(a.ShortName),
            Kind = kind,
            Unit = FindUnit(file, path + ".unit", a.Unit, asOf),
            MemberLevel = UnitLevels.Parse(a.MemberLevel),
        };
        db.Agencies.Add(_agencies[a.Key]);
    }

    private Agency Agency(string file, string path, string key) =>
        _agencies.TryGetValue(key, out var agency)
            ? agency
            : throw new SeedException(file, path, $"không có cơ quan '{key}' trong danh sách agencies");

    private AdministrativeUnit FindUnit(string file, string path, string code, DateOnly asOf) =>
        _units.Where(u => u.Code == code.Trim() && u.ValidFrom <= asOf && (u.ValidTo == null || asOf <= u.ValidTo)).FirstOrDefault()
        ?? throw new SeedException(file, path, $"không có đơn vị hành chính mã '{code}' còn hiệu lực ngày {asOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");

    private static bool SamePhase(string a, string b) =>
        string.Equals(VietnameseText.Fold(a), VietnameseText.Fold(b), StringComparison.Ordinal);

    private static DateOnly ParseDate(string file, string path, string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new SeedException(file, path, $"ngày '{value}' không đúng dạng yyyy-MM-dd");

    private static int Required(string file, string path, int? value) =>
        value ?? throw new SeedException(file, path, "thiếu giá trị");

    private static T ParseEnum<T>(string file, string path, string value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var result) && Enum.IsDefined(result)
            ? result
            : throw new SeedException(file, path, $"giá trị '{value}' không hợp lệ (cho phép: {string.Join(", ", Enum.GetNames<T>())})");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
