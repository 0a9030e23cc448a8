using System.Text;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>Builds the accent-folded text a plan is searched by: header, items, targets.</summary>
public static class PlanSearchText
{
    public static string Build(Plan plan)
    {
        var sb = new StringBuilder();
        sb.Append(plan.DocumentNumber).Append(' ').Append(plan.Title).Append(' ');
        sb.Append(plan.Issuer?.Name).Append(' ');
        foreach (var item in plan.Items)
        {
            sb.Append(item.Title).Append(' ').Append(item.Text).Append(' ');
        }

        foreach (var target in plan.Targets)
        {
            sb.Append(target.Name).Append(' ').Append(target.Text).Append(' ');
        }

        return VietnameseText.Fold(sb.ToString());
    }
}
