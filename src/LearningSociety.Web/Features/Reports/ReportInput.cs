namespace LearningSociety.Web.Features.Reports;

/// <summary>What the report form posts. Numbers arrive as typed text so a bad value is shown back unchanged.</summary>
public sealed class ReportInput
{
    public int Version { get; set; }
    public Guid SubmissionId { get; set; }
    public List<TaskInput> Tasks { get; set; } = [];
    public List<TargetInput> Targets { get; set; } = [];
    public List<NarrativeInput> Narratives { get; set; } = [];

    public sealed class TaskInput
    {
        public int PlanItemId { get; set; }
        public Domain.Reporting.TaskProgress Progress { get; set; }
        public string? Percent { get; set; }
        /// <summary>dd/MM/yyyy as typed.</summary>
        public string? CompletedOn { get; set; }
        public string? Done { get; set; }
        public string? Difficulties { get; set; }
    }

    public sealed class TargetInput
    {
        public int TargetId { get; set; }
        public string? Numerator { get; set; }
        public string? Denominator { get; set; }
        public bool? Reached { get; set; }
        public string? Count { get; set; }
        public string? Level { get; set; }
        /// <summary>Units at each level of a rating target, best first.</summary>
        public List<string?> Ratings { get; set; } = [];
        public string? Note { get; set; }
    }

    public sealed class NarrativeInput
    {
        public string Number { get; set; } = "";
        public string? Text { get; set; }
    }
}
