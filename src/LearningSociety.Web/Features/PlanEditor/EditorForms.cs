using System.Globalization;
using LearningSociety.Domain.Plans;
using LearningSociety.Web.Features.Reports;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>The fields of each form as stored: what a form shows when it is first opened.</summary>
public static class EditorForms
{
    private const int BlankValueRows = 3;
    private const int BlankOutlineRows = 3;

    public static HeaderInput Header(Plan plan) => new()
    {
        Version = plan.Version,
        Number = plan.Number,
        Symbol = plan.Symbol,
        IssuedOn = plan.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        MonthOnly = !plan.IssuedOnDayKnown,
        IssuedPlace = plan.IssuedPlace,
        IssuerId = plan.IssuerId,
        UnitId = plan.UnitId,
        Kind = plan.Kind,
        Title = plan.Title,
        PeriodStartYear = PlanEditorQueries.Year(plan.PeriodStartYear),
        PeriodEndYear = PlanEditorQueries.Year(plan.PeriodEndYear),
    };

    public static PhaseInput Phase(Plan plan, PlanPhase? phase) => phase is null ? new() { Version = plan.Version } : new()
    {
        Version = plan.Version,
        Name = phase.Name,
        Start = phase.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        End = phase.End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        Review = phase.Review,
    };

    public static ItemInput Item(Plan plan, PlanItem? item, int? parentId) => item is null
        ? new() { Version = plan.Version, Number = PlanItemTree.SuggestNumber(plan.Items, parentId), IsTask = parentId is not null }
        : new() { Version = plan.Version, Number = item.Number, Title = item.Title, Text = item.Text, IsTask = item.IsTask };

    public static TaskInput Task(Plan plan, PlanItem item) => new()
    {
        Version = plan.Version,
        Lead = [.. item.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.AgencyId)],
        Cooperating = [.. item.Assignments.Where(a => a.Role == AssignmentRole.Cooperating).Select(a => a.AgencyId)],
        Deadline = DeadlineInput.From(item.Deadline),
    };

    public static TargetInput Target(Plan plan, Target? target)
    {
        var input = target is null
            ? new TargetInput { Version = plan.Version, Code = NextCode(plan), Kind = TargetKind.Percentage, RatingLevels = string.Join('\n', RatingScale.Default.Levels) }
            : new TargetInput
            {
                Version = plan.Version,
                Code = target.Code,
                SectionNumber = target.SectionNumber,
                Name = target.Name,
                Text = target.Text,
                Kind = target.Kind,
                UnitOfMeasure = target.UnitOfMeasure,
                NumeratorDefinition = target.NumeratorDefinition,
                DenominatorDefinition = target.DenominatorDefinition,
                ReportedBy = target.ReportedByAgencies ? "agencies" : target.ReportedByLevel?.ToString(),
                RatingLevels = string.Join('\n', (target.Scale() ?? RatingScale.Default).Levels),
                RatingGoalLevels = (target.Scale() ?? RatingScale.Default).GoalLevels,
                Values = [.. target.Values.OrderBy(v => v.Year ?? int.MaxValue).ThenBy(v => v.PhaseName).Select(v => new TargetValueInput
                {
                    Year = v.Year?.ToString(CultureInfo.InvariantCulture),
                    Phase = v.PhaseName,
                    Value = NumberInput.Format(v.Value),
                })],
            };
        return WithBlankValues(input);
    }

    public static TargetInput WithBlankValues(TargetInput input)
    {
        var blanks = BlankValueRows - input.Values.Count(v => v.IsEmpty);
        for (var i = 0; i < blanks; i++)
        {
            input.Values.Add(new TargetValueInput());
        }

        return input;
    }

    public static RuleInput Rule(Plan plan, ReportingRule? rule)
    {
        var input = rule is null
            ? new RuleInput { Version = plan.Version, ToAgencyId = plan.IssuerId }
            : new RuleInput
            {
                Version = plan.Version,
                FromAgencyId = rule.FromAgencyId,
                ToAgencyId = rule.ToAgencyId,
                Frequency = rule.Frequency,
                Deadline = DeadlineInput.From(rule.Deadline),
                Text = rule.Text,
                Outline = [.. rule.Outline.OrderBy(s => s.SortOrder).Select((s, i) => new OutlineInput
                {
                    Id = s.Id, Number = s.Number, Title = s.Title, Order = (i + 1) * 10,
                })],
            };
        return WithBlankOutline(input);
    }

    public static RuleInput WithBlankOutline(RuleInput input)
    {
        var blanks = BlankOutlineRows - input.Outline.Count(o => o.IsEmpty);
        for (var i = 0; i < blanks; i++)
        {
            input.Outline.Add(new OutlineInput());
        }

        return input;
    }

    private static string NextCode(Plan plan)
    {
        for (var n = plan.Targets.Count + 1; ; n++)
        {
            var code = "CT" + n.ToString(CultureInfo.InvariantCulture);
            if (plan.Targets.All(t => t.Code != code))
            {
                return code;
            }
        }
    }
}
