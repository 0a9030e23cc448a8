using LearningSociety.Domain.Text;

namespace LearningSociety.Domain.Importing;

/// <summary>Collects the agency names the directory does not know, one proposal per name.</summary>
internal sealed class ProposalBook
{
    private readonly Dictionary<string, (string Name, int Line, int Count)> _byKey = new(StringComparer.Ordinal);

    /// <summary>Records a name as written and returns the draft key that stands for it.</summary>
    public string Register(string name, int line)
    {
        var clean = VietnameseText.Nfc(name).TrimEnd('.', ',', ';', ':', ' ');
        var key = "new:" + VietnameseText.Slug(clean);
        _byKey[key] = _byKey.TryGetValue(key, out var known) ? known with { Count = known.Count + 1 } : (clean, line, 1);
        return key;
    }

    public List<AgencyProposal> ToList() =>
        _byKey.Select(p => new AgencyProposal(p.Key, p.Value.Name, p.Value.Line, p.Value.Count)).OrderBy(p => p.Line).ToList();
}
