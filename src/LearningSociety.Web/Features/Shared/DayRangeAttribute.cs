using System.ComponentModel.DataAnnotations;

namespace LearningSociety.Web.Features.Shared;

/// <summary>
/// A typed day (<see cref="DateOnly"/>) that must fall within the given years, inclusive. Each form sets
/// the years that fit its field (a plan's deadline, a body's validity); there is no portal-wide range: the
/// audit search accepts any day, a task's completion day has its own rule (2000 to today).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DayRangeAttribute(int firstYear, int lastYear) : ValidationAttribute
{
    public DateOnly First { get; } = new(firstYear, 1, 1);

    public DateOnly Last { get; } = new(lastYear, 12, 31);

    public override bool IsValid(object? value) => value is not DateOnly day || (day >= First && day <= Last);

    public override string FormatErrorMessage(string name) =>
        $"{name} phải từ {Display.Date(First)} đến {Display.Date(Last)}.";
}
