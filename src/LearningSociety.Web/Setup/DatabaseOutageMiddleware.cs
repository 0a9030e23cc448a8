using LearningSociety.Infrastructure.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LearningSociety.Web.Setup;

/// <summary>
/// A database outage — at start-up or in the middle of a request — becomes a 503 with a Vietnamese page
/// that says what happened and that typed text is kept in the browser, never a stack trace. Nothing
/// is cached: the next request tries the database again, so the portal recovers by itself.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, DatabaseReadiness readiness, ILogger<DatabaseOutageMiddleware> logger)
{
    public const string ViewPath = "/Features/Shared/Unavailable.cshtml";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!readiness.IsReady && !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await WritePageAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex) && !context.Response.HasStarted)
        {
            logger.LogError("Cơ sở dữ liệu không truy cập được khi xử lý {Method} {Path}: {Message}", context.Request.Method, context.Request.Path.Value, ex.GetBaseException().Message);
            context.Response.Clear();
            await WritePageAsync(context);
        }
    }

    private async Task WritePageAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            var view = new ViewResult
            {
                ViewName = ViewPath,
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
            };
            var executor = context.RequestServices.GetRequiredService<IActionResultExecutor<ViewResult>>();
            await executor.ExecuteAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()), view);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // The page itself needed something that is down: plain text still tells the user what is going on.
            logger.LogWarning("Không hiển thị được trang báo sự cố: {Message}", ex.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Cổng thông tin tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.");
        }
    }
}
