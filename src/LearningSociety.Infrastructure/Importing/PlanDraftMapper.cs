using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// Writes an imported draft in the seed format, so that once a person has checked and completed it
/// the same <see cref="PlanSeedImporter"/> saves it. Fields the text did not state are left empty
/// (and the importer then refuses the draft until someone fills them in).
/// </summary>
public static class PlanDraftMapper
{
    /// <param name="source">Name of the file the text came from.</param>
    /// <param name="knownAgencies">The directory the draft was matched against, with kinds and units.</param>
    public static PlanSeed ToSeed(PlanImportResult result, string source, IReadOnlyList<AgencySeed> knownAgencies)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(knownAgencies);
        var draft = result.Draft;
        var keys = ProposalKeys(result, draft.Unit, knownAgencies);
        string Key(string k) => keys.GetValueOrDefault(k, k);

        var used = new HashSet<string>(StringComparer.Ordinal);
        if (draft.Issuer is not null)
        {
            used.Add(draft.Issuer);
        }

        foreach (var node in draft.AllNodes())
        {
            used.UnionWith(node.Lead.Concat(node.Cooperating));
        }

        foreach (var rule in draft.Reporting)
        {
            used.Add(rule.From);
            used.Add(rule.To);
        }

        var agencies = knownAgencies.Where(a => used.Contains(a.Key)).ToList();
        agencies.AddRange(result.AgencyProposals
            .Where(p => used.Contains(p.Key))
            .Select(p => new AgencySeed(Key(p.Key), p.Name, "other", draft.Unit ?? string.Empty)));

        return new PlanSeed(
            Source: source,
            Symbol: draft.Symbol ?? string.Empty,
            IssuedOn: draft.IssuedOn is { } d ? Iso(d) : string.Empty,
            Issuer: draft.Issuer ?? string.Empty,
            Unit: draft.Unit ?? string.Empty,
            Level: draft.Level switch
            {
                UnitLevel.Province => "province",
                UnitLevel.District => "district",
                UnitLevel.Commune => "commune",
                _ => string.Empty,
            },
            Kind: Camel(draft.Kind.ToString()),
            Title: draft.Title ?? string.Empty,
            Agencies: agencies,
            Sections: draft.Sections.Select(n => Node(n, Key)).ToList(),
            Number: draft.Number,
            IssuedOnPrecision: draft.IssuedOnDayKnown ? "day" : "month",
            IssuedPlace: draft.IssuedPlace,
            PeriodStart: draft.PeriodStart,
            PeriodEnd: draft.PeriodEnd,
            Phases: draft.Phases.Select(p => new PhaseSeed(
                p.Name,
                Iso(new DateOnly(p.StartYear, 1, 1)),
                Iso(new DateOnly(p.EndYear, 12, 31)),
                p.Review is { } r ? Camel(r.ToString()) : null)).ToList(),
            Status: "active",
            LegalBasis: draft.LegalBasis.Select(l => new LegalReferenceSeed(
                l.Reference,
                Camel(l.Kind.ToString()),
                l.IssuedOn is { } on ? Iso(on) : null,
                l.Issuer,
                l.Title,
                Camel(l.Relation.ToString()))).ToList(),
            Targets: draft.Targets.Select(t => new TargetSeed(
                t.Code,
                t.Name,
                Camel(t.Kind.ToString()),
                Section: t.Section,
                Text: t.Text,
                UnitOfMeasure: t.UnitOfMeasure,
                Rating: t.Rating,
                Values: t.Year is { } y ? [new TargetValueSeed(t.Value, Year: y)] : [])).ToList(),
            Reporting: draft.Reporting.Select(r => new ReportingRuleSeed(
                Key(r.From),
                Key(r.To),
                Camel(r.Frequency.ToString()),
                Deadline(r.Deadline),
                r.Text,
                r.Outline.Select(o => new OutlineSeed(o.Number, o.Title)).ToList())).ToList());
    }

    public static DeadlineSeed? Deadline(DeadlineRule? rule) => rule is null
        ? null
        : rule.Kind switch
        {
            DeadlineKind.FixedDate => new DeadlineSeed("fixedDate", Date: Iso(rule.Date!.Value), Text: rule.Text),
            DeadlineKind.Quarter => new DeadlineSeed("quarter", Year: rule.Year, Quarter: rule.Quarter, Text: rule.Text),
            DeadlineKind.Annual => new DeadlineSeed("annual", Day: rule.Day, Month: rule.Month, Text: rule.Text),
            DeadlineKind.PhaseEnd => new DeadlineSeed("phaseEnd", Phase: rule.PhaseName, Text: rule.Text),
            _ => new DeadlineSeed("ongoing", Text: rule.Text),
        };

    private static NodeSeed Node(DraftNode n, Func<string, string> key) => new(
        n.Number,
        n.IsTask,
        n.Title,
        n.Text,
        n.Lead.Select(key).ToList(),
        n.Cooperating.Select(key).ToList(),
        Deadline(n.Deadline),
        n.Children.Select(c => Node(c, key)).ToList());

    /// <summary>A proposed agency gets a key in the plan's unit ("80:bo-giao-duc-va-dao-tao") unless that key is taken.</summary>
    private static Dictionary<string, string> ProposalKeys(PlanImportResult result, string? unit, IReadOnlyList<AgencySeed> known)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (unit is null)
        {
            return map;
        }

        foreach (var proposal in result.AgencyProposals)
        {
            var candidate = unit + ":" + proposal.Key["new:".Length..];
            if (known.All(a => a.Key != candidate))
            {
                map[proposal.Key] = candidate;
            }
        }

        return map;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
