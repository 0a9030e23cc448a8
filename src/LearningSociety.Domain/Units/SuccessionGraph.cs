namespace LearningSociety.Domain.Units;

/// <summary>
/// The succession graph (old unit → new unit, "full" or "partial", chains allowed) checked once, then
/// asked where an old unit's history belongs today. A graph with a cycle, or with a unit that went
/// "in full" into two units (or in full into one and in part into another), is refused: its history
/// would be counted twice or never end.
/// </summary>
public sealed class SuccessionGraph
{
    private readonly Dictionary<int, List<SuccessionLink>> next;
    private readonly IReadOnlySet<int> current;
    private readonly Dictionary<int, SuccessionTarget?> resolved = [];

    private SuccessionGraph(Dictionary<int, List<SuccessionLink>> next, IReadOnlySet<int> current)
    {
        this.next = next;
        this.current = current;
    }

    /// <param name="currentUnits">The units that exist today: a chain of successions ends at one of them.</param>
    /// <param name="names">Unit names for the messages; a unit without one is named by its id.</param>
    public static SuccessionGraphResult Create(
        IEnumerable<SuccessionLink> links, IReadOnlySet<int> currentUnits, IReadOnlyDictionary<int, string> names)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(currentUnits);
        ArgumentNullException.ThrowIfNull(names);
        string Name(int id) => names.TryGetValue(id, out var name) ? name : "đơn vị số " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var next = new Dictionary<int, List<SuccessionLink>>();
        foreach (var link in links.Distinct())
        {
            (next.TryGetValue(link.PredecessorId, out var list) ? list : next[link.PredecessorId] = []).Add(link);
        }

        foreach (var (unit, edges) in next.OrderBy(e => e.Key))
        {
            var full = edges.Where(e => e.IsFull).Select(e => e.SuccessorId).Distinct().ToList();
            if (full.Count > 1)
            {
                return Refused($"{Name(unit)} được ghi là nhập toàn bộ vào {full.Count} đơn vị ({string.Join(", ", full.Select(Name))}); một đơn vị chỉ nhập toàn bộ được vào một đơn vị.");
            }

            if (full.Count == 1 && edges.Any(e => !e.IsFull && e.SuccessorId != full[0]))
            {
                var parts = edges.Where(e => !e.IsFull).Select(e => Name(e.SuccessorId));
                return Refused($"{Name(unit)} vừa được ghi là nhập toàn bộ vào {Name(full[0])}, vừa được ghi là chia một phần cho {string.Join(", ", parts)}.");
            }
        }

        if (FindCycle(next) is { } cycle)
        {
            return Refused($"Dữ liệu sắp xếp đơn vị có vòng lặp: {string.Join(" → ", cycle.Select(Name))}. Một đơn vị không thể là đơn vị kế thừa của chính nó.");
        }

        return new SuccessionGraphResult(new SuccessionGraph(next, currentUnits), null);
    }

    /// <summary>
    /// The current units <paramref name="unitId"/> went into; the unit itself when it still exists;
    /// null when it has no successor on record (an abolished district: its history stays with its
    /// parent's successor).
    /// </summary>
    public SuccessionTarget? Resolve(int unitId)
    {
        if (resolved.TryGetValue(unitId, out var known))
        {
            return known;
        }

        SuccessionTarget? target = null;
        if (current.Contains(unitId))
        {
            target = new SuccessionTarget([unitId], Whole: true);
        }
        else if (next.TryGetValue(unitId, out var edges))
        {
            var units = new SortedSet<int>();
            var whole = edges.Count == 1 && edges[0].IsFull;
            foreach (var edge in edges)
            {
                // The graph has no cycle, so this recursion ends; chains are a few steps long.
                if (Resolve(edge.SuccessorId) is { } further)
                {
                    units.UnionWith(further.Units);
                    whole &= further.Whole;
                }
                else
                {
                    whole = false; // part of the history went somewhere that no longer exists
                }
            }

            target = units.Count == 0 ? null : new SuccessionTarget([.. units], whole && units.Count == 1);
        }

        resolved[unitId] = target;
        return target;
    }

    private static SuccessionGraphResult Refused(string message) => new(null, message);

    /// <summary>A cycle as the units along it (first unit repeated at the end), or null; iterative depth-first search.</summary>
    private static List<int>? FindCycle(Dictionary<int, List<SuccessionLink>> next)
    {
        var state = new Dictionary<int, bool>(); // false: on the current path; true: done
        foreach (var start in next.Keys.Order())
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<int> { start };
            var stack = new Stack<IEnumerator<int>>();
            state[start] = false;
            stack.Push(next[start].Select(e => e.SuccessorId).GetEnumerator());
            while (stack.Count > 0)
            {
                var edges = stack.Peek();
                if (!edges.MoveNext())
                {
                    edges.Dispose();
                    stack.Pop();
                    state[path[^1]] = true;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var unit = edges.Current;
                if (state.TryGetValue(unit, out var done))
                {
                    if (!done)
                    {
                        return [.. path.Skip(path.IndexOf(unit)), unit];
                    }

                    continue;
                }

                state[unit] = false;
                path.Add(unit);
                stack.Push(next.TryGetValue(unit, out var more) ? more.Select(e => e.SuccessorId).GetEnumerator() : Enumerable.Empty<int>().GetEnumerator());
            }
        }

        return null;
    }
}
