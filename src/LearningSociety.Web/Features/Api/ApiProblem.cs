using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Features.Api;

/// <summary>Errors of the API, written outside MVC (sign-in refusals, the rate limit) as application/problem+json.</summary>
public static class ApiProblem
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false; // a program wants the problem, not the portal's HTML error page
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail },
            Json, contentType: "application/problem+json; charset=utf-8", context.RequestAborted);
    }
}
