using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// Handed to a change while it is applied to the loaded plan: the change records what it did in
/// Vietnamese lines (they become the preview and the revision summary) and any problem by field.
/// </summary>
public sealed class ChangeContext(AppDbContext db, UserScope user, Plan plan)
{
    public AppDbContext Db => db;

    public UserScope User => user;

    public Plan Plan => plan;

    public List<string> Lines { get; } = [];

    public List<(string Field, string Message)> Problems { get; } = [];

    /// <summary>The item, target… the form names is not part of this plan.</summary>
    public bool NotFound { get; set; }

    public string? Refusal { get; set; }

    /// <summary>Publishing or closing a plan needs no amending document.</summary>
    public bool AmendmentOptional { get; set; }

    /// <summary>Record a revision even for a draft (publishing is history worth keeping).</summary>
    public bool AlwaysRecord { get; set; }

    /// <summary>A new entity whose id the caller needs after saving (to link to it).</summary>
    public Func<int>? CreatedId { get; set; }

    public void Line(string text) => Lines.Add(text);

    public void Problem(string field, string message) => Problems.Add((field, message));
}
