using System.Globalization;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>Builds the review page from the protected draft and the form as it stands (first read, or as posted).</summary>
public sealed class PlanImportReview(PlanEditorQueries queries, ImportDirectory directory, ImportDraftProtector protector, TimeProvider clock)
{
    private static readonly StringComparer ByName = StringComparer.Create(PortalServices.Vietnamese, false);

    private static string LegalLabel(LegalReferenceSeed l)
    {
        var parts = new List<string>
        {
            Enum.TryParse<LegalRelation>(l.Relation, ignoreCase: true, out var relation) ? Display.Relation(relation) : "Căn cứ",
            Enum.TryParse<LegalReferenceKind>(l.Kind, ignoreCase: true, out var kind) ? KindLabel(kind) : "Văn bản",
        };
        if (DateOnly.TryParseExact(l.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            parts.Add("ngày " + Display.Date(on));
        }

        if (l.Issuer is not null)
        {
            parts.Add(l.Issuer);
        }

        return string.Join(" · ", parts);
    }

    private static string KindLabel(LegalReferenceKind kind) => kind switch
    {
        LegalReferenceKind.Decision => "Quyết định",
        LegalReferenceKind.Plan => "Kế hoạch",
        LegalReferenceKind.Directive => "Chỉ thị",
        LegalReferenceKind.Party => "Văn bản của Đảng",
        LegalReferenceKind.Law => "Luật, nghị định, thông tư",
        _ => "Văn bản khác",
    };

    public async Task<ImportReviewModel> BuildAsync(ImportDraftState state, ImportReviewInput input, UserScope user, CancellationToken ct)
    {
        input.State = protector.Protect(state);
        var agencies = await directory.LoadAsync(user, ct);
        var names = agencies.ToDictionary(a => a.Key, a => a.Name, StringComparer.Ordinal);
        var proposals = state.Proposals.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        ImportAgencyView View(string key) => proposals.TryGetValue(key, out var i)
            ? new ImportAgencyView(state.Proposals[i].Name, i, state.Proposals[i].Ended is not null)
            : new ImportAgencyView(names.GetValueOrDefault(key, key), null);

        var year = DayText.TryParse(input.IssuedOn, out var issued) ? issued?.Year : null;
        var day = issued ?? VietnamTime.Today(clock);
        var nodes = ImportTree.Flatten(state.Seed.Sections).Select((n, i) =>
        {
            var typed = i < input.Nodes.Count ? input.Nodes[i].Deadline : n.Node.Deadline?.Text;
            var rule = ImportDeadlines.TryTyped(typed, n.Node.Deadline, year, out var deadline) ? ImportDeadlines.Rule(deadline) : null;
            return new ImportNodeView(
                i,
                n.Depth,
                i < state.NodeLines.Count ? state.NodeLines[i] : 0,
                n.Node.IsTask,
                [.. (n.Node.Lead ?? []).Select(View)],
                [.. (n.Node.Cooperating ?? []).Select(View)],
                rule?.Describe());
        }).ToList();
        var targets = (state.Seed.Targets ?? []).Select((t, i) => new ImportTargetView(
            i,
            t.Code,
            Enum.TryParse<TargetKind>(t.Kind, ignoreCase: true, out var kind) ? Display.TargetKind(kind) : t.Kind,
            t.UnitOfMeasure,
            t.Text,
            i < state.TargetValues.Count ? state.TargetValues[i].Line : 0,
            i < state.TargetValues.Count && state.TargetValues[i].Uncertain)).ToList();
        return new ImportReviewModel
        {
            Input = input,
            FileName = state.FileName,
            SourceLines = state.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList(),
            OcrJob = state.OcrJob,
            PageLines = state.PageLines,
            Issues = state.Issues,
            Nodes = nodes,
            Legal = [.. (state.Seed.LegalBasis ?? []).Select(LegalLabel)],
            Phases = state.Seed.Phases ?? [],
            Proposals = state.Proposals,
            Targets = targets,
            ReportingRules = state.Seed.Reporting?.Count ?? 0,
            Uncertain = [.. state.UncertainFields],
            ProposedIssuer = state.ProposedIssuer,
            Issuers = await queries.IssuersAsync(user, input.IssuerId, ct),
            Units = await queries.UnitsAsync(user, input.UnitId, ct),
            AgencyChoices = [.. agencies.Where(a => a.Term.IsValidOn(day)).OrderBy(a => a.Label, ByName).Select(a => new EditorOption(a.Id, a.Label))],
            Suggestions = state.Proposals.Select(p => agencies.FirstOrDefault(a => a.Id == p.SuggestedId) is { } s ? new EditorOption(s.Id, s.Label) : null).ToList(),
        };
    }
}
