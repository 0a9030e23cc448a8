namespace LearningSociety.Domain.Commands;

/// <summary>A problem meant for one field of a form (<see cref="CommandResult.Form"/> for the whole form), in Vietnamese.</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// What became of a command, the one way a command says it failed (ADR 0011): success, or a Vietnamese
/// message for the user and the problems by field. Never an exception: an exception is a fault of the
/// portal, logged and answered with the error page; its message is never shown to a user.
/// </summary>
public class CommandResult
{
    /// <summary>The field key of a problem that belongs to the whole form.</summary>
    public const string Form = "";

    protected CommandResult(string? message, IReadOnlyList<FieldProblem> problems)
    {
        Message = message;
        Problems = problems;
    }

    public static CommandResult Success { get; } = new(null, []);

    /// <summary>Null on success; otherwise what the user reads (a field problem alone also gives its message here).</summary>
    public string? Message { get; }

    public IReadOnlyList<FieldProblem> Problems { get; }

    public bool Succeeded => Message is null && Problems.Count == 0;

    /// <summary>Refused as a whole ("Kỳ … đã được mở").</summary>
    public static CommandResult Refused(string message) => new(message, []);

    /// <summary>Refused because of one field; the message sits beside it and is the result's message.</summary>
    public static CommandResult Invalid(string field, string message) => new(message, [new FieldProblem(field, message)]);

    /// <summary>Success when there are no problems; otherwise refused with each problem beside its field.</summary>
    public static CommandResult Of(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0 ? Success : new(InvalidForm, problems);
    }

    public static CommandResult<T> Ok<T>(T value) => new(value, null, []);

    /// <summary>The message of a result refused for several fields: each field says its own.</summary>
    public const string InvalidForm = "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.";
}

/// <summary>A <see cref="CommandResult"/> that carries what the command made (the period opened…) on success.</summary>
public sealed class CommandResult<T> : CommandResult
{
    internal CommandResult(T? value, string? message, IReadOnlyList<FieldProblem> problems)
        : base(message, problems) => Value = value;

    public T? Value { get; }

    public static new CommandResult<T> Refused(string message) => new(default, message, []);

    public static new CommandResult<T> Invalid(string field, string message) => new(default, message, [new FieldProblem(field, message)]);

    /// <summary>
    /// The value where a failure can only be a fault (seeding, a test fixture): it throws for the log, not for a user.
    /// </summary>
    public T Required() => Succeeded && Value is { } value ? value : throw new InvalidOperationException(Message ?? "Lệnh không thành công.");
}
