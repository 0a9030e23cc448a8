using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.Plans;

/// <summary>Everything the plan page and the editor show of a plan, loaded in one go (split queries).</summary>
public static class PlanGraph
{
    public static IQueryable<Plan> WithEverything(this IQueryable<Plan> plans) =>
        plans.AsSplitQuery()
            .Include(p => p.Issuer)
            .Include(p => p.Unit)
            .Include(p => p.Phases)
            .Include(p => p.LegalBasis)
            .Include(p => p.Items).ThenInclude(i => i.Assignments).ThenInclude(a => a.Agency)
            .Include(p => p.Targets).ThenInclude(t => t.Values)
            .Include(p => p.ReportingRules).ThenInclude(r => r.Outline)
            .Include(p => p.ReportingRules).ThenInclude(r => r.FromAgency)
            .Include(p => p.ReportingRules).ThenInclude(r => r.ToAgency);
}
