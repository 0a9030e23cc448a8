namespace LearningSociety.Web.Features.Reports;

/// <summary>Puts what the user typed back into a freshly built form, so nothing typed is lost on an error.</summary>
public static class ReportFormInput
{
    public static void Overlay(ReportFormModel model, ReportInput input)
    {
        foreach (var t in input.Tasks)
        {
            if (model.Tasks.FirstOrDefault(r => r.PlanItemId == t.PlanItemId) is { } row)
            {
                row.Progress = t.Progress;
                row.Percent = t.Percent;
                row.CompletedOn = t.CompletedOn;
                row.Done = t.Done;
                row.Difficulties = t.Difficulties;
            }
        }

        foreach (var t in input.Targets)
        {
            if (model.Targets.FirstOrDefault(r => r.TargetId == t.TargetId) is { } row)
            {
                row.Numerator = t.Numerator;
                row.Denominator = t.Denominator;
                row.Reached = t.Reached;
                row.Count = t.Count;
                row.Level = t.Level;
                row.Ratings = t.Ratings;
                row.Note = t.Note;
            }
        }

        foreach (var n in input.Narratives)
        {
            if (model.Narratives.FirstOrDefault(r => r.Number == n.Number) is { } row)
            {
                row.Text = n.Text;
            }
        }
    }
}
