using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using LearningSociety.Infrastructure;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports;
using LearningSociety.Infrastructure.Email;
using LearningSociety.Infrastructure.Identity;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Infrastructure.Setup;
using LearningSociety.Web.Authorization;
using LearningSociety.Web.Features.Api;
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
        // Pages' figures, scopes and stamps kept per version of the data (FreshCache): at most this many entries.
        services.AddMemoryCache(o => o.SizeLimit = configuration.GetValue("Caching:MaxEntries", 5000));
        services.AddSingleton<Features.Shared.FreshCache>();
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
        services.AddScoped<Features.Admin.Users.UserCommands>();
        services.AddScoped<Features.Admin.Transition.TransitionStore>();
        services.AddScoped<Features.Admin.Transition.TransitionCommands>();
        services.AddScoped<DemoTransition>();
        services.AddScoped<Features.Admin.Users.AgencyPicker>();
        services.AddScoped<Features.Admin.Audit.AuditQueries>();
        services.AddScoped<Features.Admin.UnsentMail.UnsentMailQueries>();
        services.AddScoped<Features.Admin.Agencies.AgencyContacts>();
        services.AddScoped<Features.Admin.Agencies.AgencyGroups>();
        services.AddScoped<Features.Admin.Units.UnitContacts>();
        services.AddSingleton<Features.Shared.WorkerSignal<Features.Admin.UnitImport.UnitImportWorker>>();
        services.AddSingleton<Features.Admin.UnitImport.UnitImportProgress>();
        services.AddScoped<Features.Admin.UnitImport.UnitImportJobs>();
        services.AddHostedService<Features.Admin.UnitImport.UnitImportWorker>();
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Shared.UserScopeProvider>();
        services.AddScoped<Features.Shared.AuditLog>();
        services.AddScoped<Features.Reports.ReportQueries>();
        services.AddScoped<Features.Reports.ReportFormBuilder>();
        services.AddScoped<Features.Reports.ReportDocuments>();
        services.AddScoped<Features.Reports.ReportCommands>();
        services.AddScoped<Features.Reports.ReviewCommands>();
        services.AddScoped<Features.Reports.AttachmentStore>();
        services.AddScoped<Infrastructure.Reporting.PeriodOpener>();
        services.AddScoped<Infrastructure.Reporting.PeriodCloser>();
        services.AddScoped<Infrastructure.Reporting.PeriodCalendarRunner>();
        services.Configure<Infrastructure.Reporting.PeriodCalendarOptions>(configuration.GetSection(Infrastructure.Reporting.PeriodCalendarOptions.Section));
        services.AddHostedService<PeriodCalendarService>();
        services.AddScoped<Features.Periods.PeriodReporters>();
        services.AddScoped<Features.PlanEditor.PlanEditorQueries>();
        services.AddScoped<Features.PlanEditor.PlanChangeRunner>();
        services.AddScoped<Features.PlanEditor.HeaderCommands>();
        services.AddScoped<Features.PlanEditor.BasisCommands>();
        services.AddScoped<Features.PlanEditor.ItemCommands>();
        services.AddScoped<Features.PlanEditor.TaskCommands>();
        services.AddScoped<Features.PlanEditor.AgencyCommands>();
        services.AddScoped<Features.PlanEditor.TargetCommands>();
        services.AddScoped<Features.PlanEditor.RuleCommands>();
        services.AddScoped<Features.PlanEditor.StatusCommands>();
        services.AddSingleton(configuration.GetSection(Infrastructure.Importing.PlanImportOptions.Section).Get<Infrastructure.Importing.PlanImportOptions>()
            ?? new Infrastructure.Importing.PlanImportOptions());
        services.AddSingleton<Features.PlanImport.OcrFiles>();
        services.AddSingleton<Features.Shared.WorkerSignal<Features.PlanImport.OcrWorker>>();
        services.AddScoped<Features.PlanImport.OcrJobs>();
        services.AddHostedService<Features.PlanImport.OcrWorker>();
        services.AddSingleton<Features.PlanImport.ImportDraftProtector>();
        services.AddScoped<Features.PlanImport.ImportDirectory>();
        services.AddScoped<Features.PlanImport.PlanImportReader>();
        services.AddScoped<Features.PlanImport.PlanImportReview>();
        services.AddScoped<Features.PlanImport.PlanImportSaver>();
        services.AddScoped<Features.AssignmentImport.AssignmentImportCommands>();
        services.AddScoped<Infrastructure.Reporting.ReminderPlanner>();
        services.AddPortalEmail(configuration, environment.ContentRootPath);
        services.AddHostedService<ReminderService>();
        services.AddScoped<Features.Notifications.NotificationQueries>();
        services.AddScoped<Infrastructure.Rollup.RollupTreeLoader>();
        services.AddScoped<Infrastructure.Rollup.HistoryTreeLoader>();
        services.AddScoped<Features.Consolidated.ConsolidationScope>();
        services.AddScoped<Features.Consolidated.ConsolidationService>();
        services.AddScoped<Features.Consolidated.ConsolidatedNarrativeLoader>();
        services.AddScoped<Features.Consolidated.ConsolidatedDocuments>();
        services.AddScoped<Features.Dashboard.DashboardQueries>();
        services.Configure<Features.Exports.ExportJobOptions>(configuration.GetSection(Features.Exports.ExportJobOptions.Section));
        services.AddSingleton<Features.Exports.ExportFiles>();
        services.AddSingleton<Features.Shared.WorkerSignal<Features.Exports.ExportWorker>>();
        services.AddSingleton<Features.Exports.ExportConcurrency>();
        services.AddScoped<Features.Exports.ExportJobs>();
        services.AddScoped<Features.Exports.ExportRunner>();
        services.AddScoped<Features.Exports.ExportHousekeeping>();
        services.AddHostedService<Features.Exports.ExportWorker>();
        services.AddScoped<Infrastructure.LoadTesting.LoadFixture>();
        services.AddScoped<Infrastructure.LoadTesting.LoadCheck>();
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseStartupRetry>();

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

        // Sessions re-read the account every minute, so a changed role applies; a changed security stamp
        // ends every session at once (SessionStampCheck, on each request).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddPortalCookies(ReverseProxy.RequiresHttps(configuration, environment));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365)); // the default is 30 days
        services.AddSingleton<Features.Account.StaffTwoFactorPolicy>();
        services.ConfigureApplicationCookie(o =>
        {
            // The JSON API answers with status codes; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionStampCheck.ValidateAsync;
        });

        services.AddPortalAuthorization();
        services.AddPortalApi(configuration);

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<Features.Account.RequireStaffTwoFactorFilter>();
                o.ModelBinderProviders.Insert(0, new CleanTextModelBinder.Provider());
                BindingMessages.UseVietnamese(o);
                o.Filters.Add<UnreadableQueryFilter>();
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
            })
            .AddJsonOptions(o =>
            {
                // The JSON API writes Vietnamese as characters; <, > and & stay escaped.
                o.JsonSerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
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
        }

        if (ReverseProxy.RequiresHttps(app.Configuration, app.Environment))
        {
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
        app.UseRouting();
        app.UseSerilogRequestLoggingForPortal();
        app.UseMiddleware<DatabaseOutageMiddleware>();
        app.UseAuthentication();
        app.UsePortalApi();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Static files from the build's manifest: compressed (Brotli, gzip) at build time, fingerprinted URLs
        // cached as immutable. Short-circuited in routing, as UseStaticFiles was: no request log line, no
        // cookie check against the database, no sign-in needed (the fallback policy would ask for one).
        app.MapStaticAssets().ShortCircuit();
        app.MapHealthChecks("/health").AllowAnonymous();
        // The API's description is public: it names no data, and a program needs it before it has a token.
        app.MapOpenApi(ApiSetup.DocumentUrl).AllowAnonymous();
        app.MapApiFallback();
        // Every controller's views resolve "~/css/site.css" (asp-append-version, <icon>) to its fingerprinted URL.
        // On MapControllers' builder, as a conventional route's own builder does not carry the assets.
        app.MapControllers().WithStaticAssets();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false; // a client of the API wants the code, not the HTML error page
            }
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void UseSerilogRequestLoggingForPortal(this WebApplication app) =>
        Serilog.SerilogApplicationBuilderExtensions.UseSerilogRequestLogging(app);
}
