using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Text;
using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.UnitTests.Importing;

/// <summary>
/// Compares an imported draft with the hand-structured seed. A seed task is recovered when the draft
/// has a node with the same number whose wording is not something else entirely, or failing that a
/// node whose folded wording is at least 80% similar; agencies and deadlines are then compared on
/// the recovered tasks.
/// </summary>
internal static class ImportScorer
{
    public static ImportScore Score(string id, PlanSeed draft, PlanSeed seed)
    {
        var seedTasks = Flatten(seed.Sections).Where(n => n.IsTask).ToList();
        var draftNodes = Flatten(draft.Sections).ToList();
        var matched = seedTasks.Select(t => (Seed: t, Draft: Match(t, draftNodes))).ToList();
        var recovered = matched.Where(m => m.Draft is not null).Select(m => (m.Seed, Draft: m.Draft!)).ToList();
        var stated = recovered.Where(m => m.Seed.Deadline is not null).ToList();

        return new ImportScore(
            id,
            (recovered.Count, seedTasks.Count),
            (recovered.Count(m => m.Draft.IsTask), recovered.Count),
            (recovered.Count(m => SameSet(m.Seed.Lead, m.Draft.Lead)), recovered.Count),
            (recovered.Count(m => SameSet(m.Seed.Cooperating, m.Draft.Cooperating)), recovered.Count),
            (recovered.Count(m => SameDeadline(m.Seed.Deadline, m.Draft.Deadline)), recovered.Count),
            (stated.Count(m => SameDeadline(m.Seed.Deadline, m.Draft.Deadline)), stated.Count),
            Targets(seed.Targets ?? [], draft.Targets ?? []),
            Reporting(seed.Reporting ?? [], draft.Reporting ?? []),
            Legal(seed.LegalBasis ?? [], draft.LegalBasis ?? []),
            Header(seed, draft));
    }

    public static IEnumerable<NodeSeed> Flatten(IEnumerable<NodeSeed> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children ?? [])));

    private static NodeSeed? Match(NodeSeed task, List<NodeSeed> draft)
    {
        var wording = task.Text ?? task.Title ?? string.Empty;
        var byNumber = draft.FirstOrDefault(d => d.Number == task.Number);
        if (byNumber is not null && TextSimilarity.Folded(wording, byNumber.Text ?? byNumber.Title ?? string.Empty) >= 0.5)
        {
            return byNumber;
        }

        return draft
            .Select(d => (Node: d, Score: TextSimilarity.Folded(wording, d.Text ?? d.Title ?? string.Empty)))
            .Where(x => x.Score >= 0.8)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Node)
            .FirstOrDefault();
    }

    private static bool SameSet(List<string>? a, List<string>? b) =>
        (a ?? []).ToHashSet(StringComparer.Ordinal).SetEquals(b ?? []);

    private static bool SameDeadline(DeadlineSeed? a, DeadlineSeed? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return string.Equals(a.Kind, b.Kind, StringComparison.OrdinalIgnoreCase)
            && a.Date == b.Date && a.Year == b.Year && a.Quarter == b.Quarter && a.Day == b.Day && a.Month == b.Month
            && VietnameseText.Fold(a.Phase ?? string.Empty) == VietnameseText.Fold(b.Phase ?? string.Empty);
    }

    private static (int, int) Targets(List<TargetSeed> seed, List<TargetSeed> draft)
    {
        var used = new HashSet<TargetSeed>();
        var hit = 0;
        foreach (var target in seed)
        {
            var value = target.Values?.FirstOrDefault()?.Value;
            var best = draft
                .Where(d => !used.Contains(d))
                .Select(d => (Target: d, Score: TextSimilarity.Folded(target.Text ?? target.Name, d.Text ?? d.Name)))
                .Where(x => x.Score >= 0.5)
                .OrderByDescending(x => x.Score)
                .Select(x => x.Target)
                .FirstOrDefault();
            if (best is not null)
            {
                used.Add(best);
                if (string.Equals(best.Kind, target.Kind, StringComparison.OrdinalIgnoreCase) && best.Values?.FirstOrDefault()?.Value == value)
                {
                    hit++;
                }
            }
        }

        return (hit, seed.Count);
    }

    private static (int, int) Reporting(List<ReportingRuleSeed> seed, List<ReportingRuleSeed> draft)
    {
        var pairs = seed.Select(r => (r.From, r.To)).Distinct().ToList();
        var found = draft.Select(r => (r.From, r.To)).ToHashSet();
        return (pairs.Count(found.Contains), pairs.Count);
    }

    private static (int, int) Legal(List<LegalReferenceSeed> seed, List<LegalReferenceSeed> draft)
    {
        var hit = seed.Count(s => draft.Any(d =>
            VietnameseText.Fold(d.Reference) == VietnameseText.Fold(s.Reference) && (s.IssuedOn is null || d.IssuedOn == s.IssuedOn)));
        return (hit, seed.Count);
    }

    /// <summary>Number, symbol, date, place, issuer and title (80% similar once folded).</summary>
    private static (int, int) Header(PlanSeed seed, PlanSeed draft)
    {
        var checks = new[]
        {
            seed.Number == draft.Number,
            seed.Symbol == draft.Symbol,
            seed.IssuedOn == draft.IssuedOn,
            seed.IssuedPlace == draft.IssuedPlace,
            seed.Issuer == draft.Issuer,
            TextSimilarity.Folded(seed.Title, draft.Title) >= 0.8,
        };
        return (checks.Count(c => c), checks.Length);
    }
}
