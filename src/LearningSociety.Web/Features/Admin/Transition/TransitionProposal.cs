using LearningSociety.Domain.Text;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Features.Shared;
using F = LearningSociety.Web.Features.Admin.Transition.TransitionFacts;
using I = LearningSociety.Web.Features.Admin.Transition.TransitionItems;

namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>
/// "Chuyển tiếp sau sắp xếp": everything that still points to a body or unit that has ended, with what the
/// succession data implies. A plan in force whose issuer, unit, reviewers or named reporters ended (the same
/// test as <see cref="Infrastructure.Reporting.PlanBodies"/>) either continues in the province that absorbed
/// its area — its reviewers and reporters moved to the successor bodies — or is closed as superseded; an
/// account bound to an ended body is rebound to its successor or locked. The user may change each proposal;
/// <see cref="Changes"/> turns the choices into the exact list of field changes, checked against the options.
/// </summary>
public sealed partial class TransitionProposal
{
    public const string Carry = "carry";
    public const string Close = "close";
    public const string Keep = "keep";
    public const string Lock = "lock";

    private readonly F _facts;

    public TransitionProposal(F facts)
    {
        _facts = facts;
        Plans = [.. facts.Plans.Select(PlanItem).OfType<I.Plan>()];
        Accounts = [.. facts.Accounts.Select(AccountItem)];
    }

    public IReadOnlyList<I.Plan> Plans { get; }

    public IReadOnlyList<I.Account> Accounts { get; }

    public IEnumerable<I.Choice> AllChoices =>
        Plans.SelectMany(p => new[] { p.Decision, p.NewIssuer }.Concat(p.Rules.SelectMany(r => new[] { r.NewFrom, r.NewTo })))
            .Concat(Accounts.Select(a => a.Decision)).OfType<I.Choice>();

    private bool Ended(F.Agency a) => a.ValidTo is { } end && end < _facts.Today;

    private bool Ended(F.Unit u) => u.ValidTo is { } end && end < _facts.Today;

    private bool Valid(F.Agency a) => (a.ValidFrom is null || a.ValidFrom <= _facts.Today) && !Ended(a) && !Ended(_facts.Units[a.UnitId]);

    /// <summary>The province a unit belongs to today: its own if it still exists, else the one that absorbed its old province.</summary>
    private F.Unit? ProvinceToday(int unitId)
    {
        var root = _facts.Units[UnitPath.Ids(_facts.Units[unitId].Path)[0]];
        return !Ended(root) ? root : _facts.Successors[root.Id].Select(id => _facts.Units[id])
            .FirstOrDefault(u => u.Level == UnitLevel.Province && !Ended(u));
    }

    private IEnumerable<F.Agency> ProvinceBodies(F.Unit province) =>
        _facts.Agencies.Values.Where(a => a.UnitId == province.Id && a.Kind != AgencyKind.Group && Valid(a)).OrderBy(a => a.Kind).ThenBy(a => a.Name);

    private F.Agency? CommunesGroup(int unitId, bool valid) =>
        _facts.Agencies.Values.FirstOrDefault(a => a.UnitId == unitId && a.Kind == AgencyKind.Group && a.MemberLevel == UnitLevel.Commune && Valid(a) == valid);

    private F.Agency? Education(F.Unit province) => ProvinceBodies(province).FirstOrDefault(a => a.Key.EndsWith(":so-gddt", StringComparison.Ordinal));

    private F.Agency? ValidSuccessor(F.Agency a) =>
        a.SuccessorId is { } id && _facts.Agencies.TryGetValue(id, out var s) && Valid(s) ? s : null;

    /// <summary>Communes and wards of today that absorbed the communes of an ended unit: who its old group now stands for.</summary>
    private int SuccessorCommunes(int unitId)
    {
        var path = _facts.Units[unitId].Path;
        return _facts.Units.Values.Where(u => u.Level == UnitLevel.Commune && u.Path.StartsWith(path, StringComparison.Ordinal))
            .SelectMany(u => _facts.Successors[u.Id]).Distinct().Count(id => !Ended(_facts.Units[id]) && _facts.Units[id].ValidFrom <= _facts.Today);
    }

    private I.Plan? PlanItem(F.Plan plan)
    {
        var rules = _facts.Rules.Where(r => r.PlanId == plan.Id).ToList();
        var issuer = _facts.Agencies[plan.IssuerId];
        var unit = _facts.Units[plan.UnitId];
        // The bodies PlanBodies names: issuer, its unit, reviewers, reporters named one by one.
        var ended = new[] { issuer }.Concat(rules.Select(r => _facts.Agencies[r.ToAgencyId]))
            .Concat(rules.Select(r => _facts.Agencies[r.FromAgencyId]).Where(a => a.Kind != AgencyKind.Group))
            .Where(Ended).DistinctBy(a => a.Id).ToList();
        if (ended.Count == 0 && !Ended(unit))
        {
            return null;
        }

        var province = ProvinceToday(plan.UnitId);
        var carries = province is not null && plan.EndYear >= _facts.Today.Year;
        var decision = new I.Choice($"plan-{plan.Id}", "Xử lý kế hoạch",
            [
                .. province is null ? Array.Empty<I.Option>() : [new I.Option(Carry, $"Tiếp tục thực hiện tại {province.Name}")],
                new I.Option(Close, "Kết thúc kế hoạch (đã được thay thế sau sắp xếp)"),
                new I.Option(Keep, "Để sau, chưa xử lý"),
            ], carries ? Carry : Close);

        var bodies = province is null ? [] : ProvinceBodies(province).ToList();
        var education = province is null ? null : Education(province);
        I.Choice? issuerChoice = null;
        if (province is not null && (Ended(issuer) || Ended(_facts.Units[issuer.UnitId])))
        {
            var proposed = ValidSuccessor(issuer) is { Kind: not AgencyKind.Group } s ? s : education ?? bodies.FirstOrDefault();
            issuerChoice = proposed is null ? null : new I.Choice($"issuer-{plan.Id}", "Cơ quan chịu trách nhiệm kế hoạch",
                [.. Distinct(bodies.Append(proposed)).Select(Option)], Id(proposed));
        }

        var ruleItems = new List<I.Rule>();
        foreach (var rule in rules)
        {
            var from = _facts.Agencies[rule.FromAgencyId];
            var to = _facts.Agencies[rule.ToAgencyId];
            var newFrom = province is not null && Ended(from) ? ReporterChoice(rule, from, province, bodies) : null;
            I.Choice? newTo = null;
            if (province is not null && Ended(to))
            {
                var proposed = ValidSuccessor(to) is { Kind: not AgencyKind.Group } s ? s : education ?? bodies.FirstOrDefault();
                // A body that reported to its own successor now reports to the province's committee.
                var reporter = newFrom?.Proposed ?? Id(from);
                if (proposed is not null && Id(proposed) == reporter)
                {
                    proposed = bodies.FirstOrDefault(b => b.Kind == AgencyKind.PeoplesCommittee && Id(b) != reporter) ?? proposed;
                }

                newTo = proposed is null ? null : new I.Choice($"to-{rule.Id}", "Cơ quan nhận báo cáo", [.. Distinct(bodies.Append(proposed)).Select(Option)], Id(proposed));
            }

            if (newFrom is not null || newTo is not null)
            {
                ruleItems.Add(new I.Rule(rule.Id, Display.Frequency(rule.Frequency), from.Name, to.Name, newFrom, newTo));
            }
        }

        var open = _facts.Periods.Where(p => p.PlanId == plan.Id).Select(p => new I.Period(p.Name, p.Deadline, p.Received, p.Expected)).ToList();
        var future = Enumerable.Range(Math.Max(plan.StartYear, _facts.Today.Year), Math.Max(0, plan.EndYear - Math.Max(plan.StartYear, _facts.Today.Year) + 1))
            .Where(y => open.All(p => p.Name != $"Năm {y}")).ToList();
        var endedNames = (Ended(unit) ? [$"{unit.Name} (đến {Display.Date(unit.ValidTo)})"] : Array.Empty<string>())
            .Concat(ended.Select(a => $"{a.Name} (đến {Display.Date(a.ValidTo)})" + (ValidSuccessor(a) is { } s ? $"; kế nhiệm: {s.Name}" : ""))).ToList();
        return new I.Plan(plan.Id, plan.Document, plan.Title, plan.StartYear, plan.EndYear, issuer.Name, unit.Name, endedNames,
            province?.Name, decision, issuerChoice, ruleItems, open, future);
    }

    /// <summary>
    /// A reporter that ended: a district's group of communes keeps reporting through the communes that absorbed its
    /// own (the period opener expands an ended group through the unit successions, so no schema change is needed to
    /// restrict it); a body with a successor moves to it; one without (MTTQ huyện, the district's offices) hands its
    /// duty to the communes of its old district, as the district's committee did.
    /// </summary>
    private I.Choice ReporterChoice(F.Rule rule, F.Agency from, F.Unit province, IReadOnlyList<F.Agency> bodies)
    {
        var restricted = from is { Kind: AgencyKind.Group, MemberLevel: UnitLevel.Commune } ? from : CommunesGroup(from.UnitId, valid: false);
        var wholeProvince = CommunesGroup(province.Id, valid: true);
        var options = new List<I.Option>();
        if (restricted is not null)
        {
            options.Add(new I.Option(Id(restricted),
                $"Các xã, phường kế nhiệm của {VietnameseText.LowerFirst(_facts.Units[restricted.UnitId].Name)} ({SuccessorCommunes(restricted.UnitId)} đơn vị)"));
        }

        if (wholeProvince is not null)
        {
            options.Add(new I.Option(Id(wholeProvince), $"{wholeProvince.Name} (toàn tỉnh)"));
        }

        var successor = ValidSuccessor(from);
        options.AddRange(Distinct(successor is { Kind: not AgencyKind.Group } ? bodies.Append(successor) : bodies).Select(Option));
        var proposed = successor is { Kind: not AgencyKind.Group } ? Id(successor)
            : restricted is not null ? Id(restricted)
            : successor is not null ? Id(successor)
            : options[0].Value;
        if (options.All(o => o.Value != proposed))
        {
            options.Add(Option(_facts.Agencies[int.Parse(proposed, CultureInfo.InvariantCulture)]));
        }

        return new I.Choice($"from-{rule.Id}", "Cơ quan báo cáo", options, proposed);
    }

    private I.Account AccountItem(F.Account account)
    {
        var agency = _facts.Agencies[account.AgencyId];
        var successor = ValidSuccessor(agency) is { Kind: not AgencyKind.Group } s ? s : null;
        var options = new List<I.Option>();
        if (successor is not null)
        {
            options.Add(new I.Option(Id(successor), "Chuyển sang " + successor.Name));
        }

        options.Add(new I.Option(Lock, "Khóa tài khoản"));
        options.Add(new I.Option(Keep, "Để sau, chưa xử lý"));
        return new I.Account(account.Id, account.Email, account.FullName, agency.Name, agency.ValidTo!.Value,
            new I.Choice($"user-{account.Id}", "Xử lý tài khoản", options, options[0].Value));
    }

    private static I.Option Option(F.Agency a) => new(Id(a), a.Name);

    private static string Id(F.Agency a) => a.Id.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<F.Agency> Distinct(IEnumerable<F.Agency> agencies) => agencies.DistinctBy(a => a.Id);

}
