namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Who does a task and by when: lead and cooperating agencies from the directory, and the deadline.</summary>
public sealed class TaskInput : ChangeInput
{
    public List<int> Lead { get; set; } = [];
    public List<int> Cooperating { get; set; } = [];
    /// <summary>Narrows the agency lists; selected agencies stay listed whatever it says.</summary>
    public string? AgencyFilter { get; set; }
    /// <summary>"Hiện cả cơ quan đã giải thể": list bodies that do not exist on the plan's date too.</summary>
    public bool IncludeEnded { get; set; }
    public DeadlineInput Deadline { get; set; } = new();
}
