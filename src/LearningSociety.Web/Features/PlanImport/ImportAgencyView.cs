namespace LearningSociety.Web.Features.PlanImport;

/// <summary>An agency named in a task: its directory name, or the name as written and the index of its "new or pick one" choice.</summary>
public sealed record ImportAgencyView(string Name, int? ProposalIndex, bool Ended = false);
