using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LearningSociety.Web.Setup;

/// <summary>
/// The portal listens on plain HTTP behind a TLS reverse proxy. The proxy's X-Forwarded-Proto and
/// X-Forwarded-For are believed only from addresses listed in <c>ReverseProxy:KnownProxies</c> (IP
/// addresses) or <c>ReverseProxy:KnownNetworks</c> (CIDR, e.g. 172.16.0.0/12 for a Docker network);
/// loopback is always trusted. Outside Development every other plain-HTTP request is refused with a
/// short Vietnamese page, because the Secure cookies could not work over it anyway.
/// </summary>
public static class ReverseProxy
{
    public static IApplicationBuilder UsePortalForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return app.UseForwardedHeaders(options);
    }

    private const string HttpsRequiredPage =
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cần kết nối HTTPS – Xã hội học tập</title></head>"
        + "<body><h1>Cần kết nối an toàn (HTTPS)</h1><p>Cổng thông tin chỉ phục vụ qua HTTPS. Vui lòng mở địa chỉ bắt đầu bằng "
        + "<strong>https://</strong> do đơn vị quản trị cung cấp.</p></body></html>";

    /// <summary>
    /// <c>Security:RequireHttps</c>, on by default outside Development. Turning it off (a trial of the
    /// docker-compose stack on http://localhost:8080) also drops HSTS and lets cookies travel over HTTP.
    /// </summary>
    public static bool RequiresHttps(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:RequireHttps", !environment.IsDevelopment());

    /// <summary>Health checks from the container itself stay on plain HTTP.</summary>
    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next();
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(HttpsRequiredPage);
        });
}
