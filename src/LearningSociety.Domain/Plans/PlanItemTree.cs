using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningSociety.Domain.Plans;

/// <summary>
/// Edits to the tree of a plan's items, held in memory. <see cref="PlanItem.SortOrder"/> is the
/// document order over the whole plan (depth first), because flat lists of tasks — a report form,
/// an agency's tasks — sort by it; every structural change therefore ends with <see cref="Renumber"/>.
/// Items are linked by <see cref="PlanItem.ParentId"/> only; navigations are not relied on.
/// </summary>
public static partial class PlanItemTree
{
    public static IReadOnlyList<PlanItem> ChildrenOf(IEnumerable<PlanItem> items, int? parentId) =>
        [.. items.Where(i => i.ParentId == parentId).OrderBy(i => i.SortOrder).ThenBy(i => i.Id)];

    /// <summary>Every item in reading order, with its depth (0 for a root item).</summary>
    public static IReadOnlyList<(PlanItem Item, int Depth)> InDocumentOrder(IReadOnlyCollection<PlanItem> items)
    {
        var result = new List<(PlanItem, int)>(items.Count);
        var byParent = items
            .GroupBy(i => i.ParentId ?? 0)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList());
        var seen = new HashSet<PlanItem>(ReferenceEqualityComparer.Instance);

        void Walk(int parentKey, int depth)
        {
            if (!byParent.TryGetValue(parentKey, out var children))
            {
                return;
            }

            foreach (var child in children)
            {
                // A new item (Id 0) has no children yet; guarding also stops a corrupt cycle.
                if (!seen.Add(child))
                {
                    continue;
                }

                result.Add((child, depth));
                if (child.Id != 0)
                {
                    Walk(child.Id, depth + 1);
                }
            }
        }

        Walk(0, 0);
        return result;
    }

    /// <summary>The ids of <paramref name="item"/> and everything below it.</summary>
    public static IReadOnlySet<int> Subtree(IReadOnlyCollection<PlanItem> items, PlanItem item)
    {
        var ids = new HashSet<int> { item.Id };
        var frontier = new Queue<int>([item.Id]);
        while (frontier.Count > 0)
        {
            var id = frontier.Dequeue();
            foreach (var child in items.Where(i => i.ParentId == id && i.Id != 0))
            {
                if (ids.Add(child.Id))
                {
                    frontier.Enqueue(child.Id);
                }
            }
        }

        return ids;
    }

    /// <summary>Items <paramref name="item"/> may be moved under: anything outside its own subtree, in reading order.</summary>
    public static IReadOnlyList<(PlanItem Item, int Depth)> PossibleParents(IReadOnlyCollection<PlanItem> items, PlanItem item)
    {
        var own = Subtree(items, item);
        return [.. InDocumentOrder(items).Where(x => !own.Contains(x.Item.Id))];
    }

    /// <summary>Swaps the item with its previous (<paramref name="offset"/> = -1) or next (+1) sibling; false at either end.</summary>
    public static bool MoveAmongSiblings(IReadOnlyCollection<PlanItem> items, PlanItem item, int offset)
    {
        var siblings = ChildrenOf(items, item.ParentId).ToList();
        var index = siblings.IndexOf(item);
        var target = index + Math.Sign(offset);
        if (index < 0 || offset == 0 || target < 0 || target >= siblings.Count)
        {
            return false;
        }

        siblings.RemoveAt(index);
        siblings.Insert(target, item);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i;
        }

        Renumber(items);
        return true;
    }

    /// <summary>Moves the item, with everything below it, to the end of <paramref name="newParentId"/>'s children.</summary>
    public static void MoveUnder(IReadOnlyCollection<PlanItem> items, PlanItem item, int? newParentId)
    {
        if (newParentId is { } parentId && Subtree(items, item).Contains(parentId))
        {
            throw new InvalidOperationException("Không thể chuyển một mục vào chính nó hoặc vào mục con của nó.");
        }

        if (item.ParentId == newParentId)
        {
            return;
        }

        item.ParentId = newParentId;
        item.SortOrder = int.MaxValue;
        Renumber(items);
    }

    /// <summary>Appends a new item at the end of its parent's children.</summary>
    public static void Append(ICollection<PlanItem> items, PlanItem item)
    {
        item.SortOrder = int.MaxValue;
        items.Add(item);
        Renumber((IReadOnlyCollection<PlanItem>)items);
    }

    /// <summary>Gives every item its place in reading order: 0, 1, 2… over the whole plan.</summary>
    public static void Renumber(IReadOnlyCollection<PlanItem> items)
    {
        var order = 0;
        foreach (var (item, _) in InDocumentOrder(items))
        {
            item.SortOrder = order++;
        }
    }

    /// <summary>
    /// The number the next child of <paramref name="parentId"/> would have in the document's own
    /// scheme: "II.3" after "II.2", "IV" after "III", "c)" after "b)", "II.1" for the first child of "II".
    /// Empty when no unused number can be guessed.
    /// </summary>
    public static string SuggestNumber(IReadOnlyCollection<PlanItem> items, int? parentId)
    {
        var used = items.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        var siblings = ChildrenOf(items, parentId);
        string? candidate;
        if (siblings.Count > 0)
        {
            candidate = Next(siblings[^1].Number);
        }
        else if (parentId is null)
        {
            candidate = "I";
        }
        else
        {
            var parent = items.FirstOrDefault(i => i.Id == parentId);
            candidate = parent is null ? null : parent.Number.TrimEnd('.', ')') + ".1";
        }

        for (var guard = 0; candidate is not null && used.Contains(candidate) && guard < 100; guard++)
        {
            candidate = Next(candidate);
        }

        return candidate is not null && !used.Contains(candidate) ? candidate : "";
    }

    private static string? Next(string number)
    {
        var m = TrailingNumber().Match(number);
        if (m.Success)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) + 1;
            return number[..m.Groups["n"].Index] + n.ToString(CultureInfo.InvariantCulture) + m.Groups["tail"].Value;
        }

        m = TrailingRoman().Match(number);
        if (m.Success && FromRoman(m.Groups["r"].Value) is { } value && value < 39)
        {
            return number[..m.Groups["r"].Index] + ToRoman(value + 1) + m.Groups["tail"].Value;
        }

        m = TrailingLetter().Match(number);
        if (m.Success && m.Groups["c"].Value[0] is var c and not 'z' and not 'Z')
        {
            return number[..m.Groups["c"].Index] + (char)(c + 1) + m.Groups["tail"].Value;
        }

        return null;
    }

    private static int? FromRoman(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = values[roman[i]];
            total += i + 1 < roman.Length && values[roman[i + 1]] > v ? -v : v;
        }

        return ToRoman(total) == roman ? total : null;
    }

    // Section numbers stop well before XL; letters C, D, L, M are read as letters ("C" → "D").
    private static string ToRoman(int value)
    {
        (int Value, string Symbol)[] table =
            [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (v, s) in table)
        {
            while (value >= v)
            {
                result += s;
                value -= v;
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<n>\d+)(?<tail>[.)]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(?<![A-Za-z])(?<r>[IVX]+)(?<tail>[.)]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRoman();

    [GeneratedRegex(@"(?<![A-Za-z])(?<c>[a-zA-Z])(?<tail>[.)]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLetter();
}
