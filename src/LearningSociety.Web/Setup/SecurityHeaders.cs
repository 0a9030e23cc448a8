namespace LearningSociety.Web.Setup;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows no inline script and nothing
/// from another origin (the portal runs on closed networks), no framing, no MIME sniffing.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                // The browsers' old XSS filter is gone or harmful; "0" switches it off where it remains (the CSP does that job).
                headers["X-XSS-Protection"] = "0";
                return Task.CompletedTask;
            });
            await next();
        });
}
