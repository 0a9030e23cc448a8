using LearningSociety.Infrastructure.Seeding;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>The draft's outline in reading order, the order of the form's node fields.</summary>
public static class ImportTree
{
    public static IEnumerable<(NodeSeed Node, int Depth)> Flatten(IEnumerable<NodeSeed>? nodes, int depth = 0)
    {
        foreach (var node in nodes ?? [])
        {
            yield return (node, depth);
            foreach (var child in Flatten(node.Children, depth + 1))
            {
                yield return child;
            }
        }
    }
}
