using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace LearningSociety.Web.Features.Api;

/// <summary>Registers /api/v1: token sign-in, the rate limit, Vietnamese problems for bad parameters, and the OpenAPI document.</summary>
public static class ApiSetup
{
    public const string DocumentUrl = "/api/v1/openapi.json";
    public const string SecurityScheme = "bearer";

    public static IServiceCollection AddPortalApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ApiQueries>();
        services.AddScoped<Admin.ApiTokens.ApiTokenCommands>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddApiRateLimit(configuration);
        services.PostConfigure<ApiBehaviorOptions>(o => // after MVC's own set-up, which sets the default factory
        {
            o.InvalidModelStateResponseFactory = context =>
            {
                var errors = context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToDictionary(
                    e => e.Key,
                    e => e.Value!.Errors.Select(x => x.Exception is not null || x.ErrorMessage.Length == 0 || x.ErrorMessage.StartsWith("The ", StringComparison.Ordinal)
                        ? $"Giá trị “{e.Value.AttemptedValue}” của {e.Key} không đọc được." : x.ErrorMessage).ToArray(),
                    StringComparer.Ordinal);
                var problem = new ValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = "Tham số không hợp lệ." };
                return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
            };
        });
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "API cổng thông tin xây dựng xã hội học tập",
                    Version = "v1",
                    Description = "Cho các hệ thống khác đọc đơn vị, cơ quan, kế hoạch, kỳ báo cáo, số liệu tổng hợp và tình trạng báo cáo. "
                        + "Mỗi yêu cầu gửi “Authorization: Bearer <mã truy cập>” do quản trị viên cấp (Quản trị › Mã truy cập API); "
                        + "mã chỉ thấy đơn vị được gắn và các đơn vị trực thuộc. Lỗi trả về application/problem+json.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
                {
                    [SecurityScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "lsp_…",
                        Description = "Mã truy cập do quản trị viên cấp; chỉ hiện một lần khi tạo.",
                    },
                };
                foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>An address under /api/v1 that names nothing (units/abc, a typo): a 404 problem for a token, not the portal's page.</summary>
    public static void MapApiFallback(this WebApplication app) =>
        app.MapFallback("/api/v1/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có địa chỉ này trong API."))
            .RequireAuthorization(ApiPolicies.Directory)
            .RequireRateLimiting(ApiRateLimit.Policy)
            .ExcludeFromDescription();

    /// <summary>Between authentication and the endpoints: the audit of each use, then the rate limit (which needs the token's identity).</summary>
    public static WebApplication UsePortalApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase), branch => branch.UseMiddleware<ApiUseRecorder>());
        return app;
    }
}
