using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// The endpoints the running portal answers, read from its routing (not from a list kept by hand),
/// as "METHOD /path" keys: conventional routes get their controller and action filled in
/// ("GET /Reports/Edit/{id?}"), constraints are dropped, no method filter is "ANY". Static files are left out.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<string> Keys(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RequiredValues.Values.All(v => v is null or string)) // the conventional route templates themselves
            // Static files (MapStaticAssets: CSS, scripts, icons, manifest, service worker) are public by design,
            // answered before authentication; the browser tests check that they load.
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => m + " " + Path(e.RoutePattern)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    public static string Path(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart p when pattern.RequiredValues.TryGetValue(p.Name, out var value) && value is string { Length: > 0 } text => text,
            RoutePatternParameterPart p => "{" + p.Name + (p.IsOptional ? "?" : "") + "}",
            _ => "",
        }))));
}
