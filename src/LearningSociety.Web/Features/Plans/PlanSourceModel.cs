namespace LearningSociety.Web.Features.Plans;

public sealed record PlanSourceModel(int Id, string DocumentNumber, string Title, string FileName, string Text);
