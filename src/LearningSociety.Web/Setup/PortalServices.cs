using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using LearningSociety.Infrastructure;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using LearningSociety.Web.Features.Health;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace LearningSociety.Web.Setup;

public static class PortalServices
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddAppDatabase(configuration, environment.ContentRootPath);
        services.AddSingleton(TimeProvider.System);
        services.AddExports(configuration);
        services.AddDataProtection().SetApplicationName("LearningSociety").PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<SeedRunner>();
        services.AddScoped<DemoUsers>();
        services.AddScoped<DemoReports>();
        services.AddScoped<Features.Home.HomeQueries>();
        services.AddScoped<Features.Plans.PlanQueries>();
        services.AddScoped<Features.Units.UnitQueries>();
        services.AddScoped<Features.Agencies.AgencyQueries>();
        services.AddScoped<Features.Admin.Users.UserQueries>();
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Shared.UserScopeProvider>();
        services.AddScoped<Features.Shared.AuditLog>();
        services.AddScoped<Features.Reports.ReportQueries>();
        services.AddScoped<Features.Reports.ReportFormBuilder>();
        services.AddScoped<Features.Reports.ReportCommands>();
        services.AddScoped<Features.Reports.ReviewCommands>();
        services.AddScoped<Features.Reports.AttachmentStore>();
        services.AddScoped<Infrastructure.Reporting.PeriodOpener>();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();

        services.AddPortalCookies(environment);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365)); // the default is 30 days
        services.AddSingleton<Features.Account.StaffTwoFactorPolicy>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<Features.Account.RequireStaffTwoFactorFilter>();
            })
            .AddRazorOptions(o =>
            {
                // Feature folders: Features/<Controller>/<View>.cshtml, areas under Features/<Area>/<Controller>/.
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
                o.AreaViewLocationFormats.Clear();
                o.AreaViewLocationFormats.Add("/Features/{2}/{1}/{0}.cshtml");
                o.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });

        // Vietnamese is written as characters, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = Vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = Vietnamese;
        app.UsePortalForwardedHeaders(app.Configuration);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
            app.UseHttpsOnly();
        }

        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese],
            SupportedUICultures = [Vietnamese],
        });
        app.UseStaticFiles();
        app.UseSerilogRequestLoggingForPortal();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static void UseSerilogRequestLoggingForPortal(this WebApplication app) =>
        Serilog.SerilogApplicationBuilderExtensions.UseSerilogRequestLogging(app);
}
