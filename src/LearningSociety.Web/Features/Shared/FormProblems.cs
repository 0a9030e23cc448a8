using LearningSociety.Domain.Commands;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// Field problems between ModelState and the commands: what the binder found (a character taken out, a number
/// or day that cannot be read, a value outside its field's range or length) read out as problems, and a
/// command's problems written in, each beside its field.
/// </summary>
public static class FormProblems
{
    /// <summary>Every error in ModelState, keyed by field, in the order the form sent them.</summary>
    public static List<(string Field, string Message)> Problems(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return [.. modelState.Where(e => e.Value!.Errors.Count > 0).SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)))];
    }

    /// <summary>Adds each problem beside its field (the empty key is the form's summary).</summary>
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<(string Field, string Message)> problems)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var (field, message) in problems)
        {
            modelState.AddModelError(field, message);
        }
    }

    /// <summary>Adds each problem of a command's result beside its field.</summary>
    public static void AddProblems(this ModelStateDictionary modelState, IEnumerable<FieldProblem> problems) =>
        modelState.AddProblems(problems.Select(p => (p.Field, p.Message)));
}
