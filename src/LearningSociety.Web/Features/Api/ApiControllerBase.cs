using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningSociety.Web.Features.Api;

/// <summary>
/// What every /api/v1 controller shares: token sign-in only (the cookie does not open the API), the
/// per-token rate limit, JSON in camelCase, and refusals as application/problem+json in Vietnamese.
/// </summary>
[ApiController]
[Route("api/v1")]
[EnableRateLimiting(ApiRateLimit.Policy)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public abstract class ApiControllerBase : ControllerBase
{
    public const int MaxPage = 100_000;
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;
    public const string PageMessage = "page phải là số nguyên từ 1 đến 100000.";
    public const string PageSizeMessage = "pageSize phải là số nguyên từ 1 đến 200.";
    public const string IdMessage = "Mã số phải là số nguyên dương.";
    public const string YearMessage = "year phải là năm từ 1900 đến 2200.";

    protected ObjectResult NotFoundProblem(string title) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>An enum in the query string must name one of its values: "view=99" binds, but means nothing.</summary>
    protected ObjectResult? Undefined<T>(T? value, string name)
        where T : struct, Enum =>
        value is { } v && !Enum.IsDefined(v)
            ? Problem(statusCode: StatusCodes.Status400BadRequest, title: "Tham số không hợp lệ.", detail: $"{name} phải là một trong: {string.Join(", ", Enum.GetNames<T>())}.")
            : null;
}
