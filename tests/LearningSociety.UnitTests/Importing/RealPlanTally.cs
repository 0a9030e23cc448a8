using System.Globalization;
using System.Text;

namespace LearningSociety.UnitTests.Importing;

/// <summary>Counts of right / flagged / wrong-unflagged per field, and the table they print as.</summary>
internal sealed class RealPlanTally
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public void Add(string field, Verdict verdict)
    {
        if (!_counts.TryGetValue(field, out var c))
        {
            _counts[field] = c = new int[3];
        }

        c[(int)verdict]++;
    }

    public int Count(string field, Verdict verdict) => _counts.TryGetValue(field, out var c) ? c[(int)verdict] : 0;

    public int Total(string field) => _counts.TryGetValue(field, out var c) ? c.Sum() : 0;

    public double Right(string field) => Total(field) == 0 ? 1 : (double)Count(field, Verdict.Right) / Total(field);

    public double Right(IEnumerable<string> fields)
    {
        var list = fields.ToList();
        var total = list.Sum(Total);
        return total == 0 ? 1 : (double)list.Sum(f => Count(f, Verdict.Right)) / total;
    }

    public string Table(string title)
    {
        var b = new StringBuilder();
        b.AppendLine(title);
        b.AppendLine("| trường | đúng | cần kiểm tra | sai không cờ | tổng | % đúng |");
        b.AppendLine("|---|---|---|---|---|---|");
        foreach (var field in RealPlanScorer.Fields.Append("NV thừa").Where(_counts.ContainsKey))
        {
            b.Append(CultureInfo.InvariantCulture, $"| {field} | {Count(field, Verdict.Right)} | {Count(field, Verdict.Flagged)} | {Count(field, Verdict.Wrong)} | {Total(field)} | ")
                .AppendLine(field == "NV thừa" ? "— |" : string.Create(CultureInfo.InvariantCulture, $"{Right(field) * 100:0} |"));
        }

        b.AppendLine(string.Create(CultureInfo.InvariantCulture, $"đầu văn bản: {Right(RealPlanScorer.HeaderFields) * 100:0.0}% đúng"));
        return b.ToString();
    }
}
