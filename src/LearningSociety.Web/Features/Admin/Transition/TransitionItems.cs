namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>What the page lists: each row with what it points to today and a select holding the proposal.</summary>
public static class TransitionItems
{
    public sealed record Option(string Value, string Label);

    /// <summary>One select of the form: its key in <c>Choices</c>, the options and the value the succession data implies.</summary>
    public sealed record Choice(string Key, string Label, IReadOnlyList<Option> Options, string Proposed)
    {
        public string LabelOf(string value) => Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
    }

    public sealed record Plan(
        int Id, string Document, string Title, int StartYear, int EndYear, string Issuer, string Unit,
        IReadOnlyList<string> EndedBodies, string? NewProvince, Choice Decision, Choice? NewIssuer, IReadOnlyList<Rule> Rules,
        IReadOnlyList<Period> OpenPeriods, IReadOnlyList<int> FutureYears);

    public sealed record Rule(int Id, string Frequency, string From, string To, Choice? NewFrom, Choice? NewTo);

    public sealed record Period(string Name, DateOnly Deadline, int Received, int Expected);

    public sealed record Account(string Id, string Email, string FullName, string Agency, DateOnly EndedOn, Choice Decision);
}
