using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Every cookie the portal sets is HttpOnly, SameSite=Lax and, when HTTPS is required (<see cref="ReverseProxy.RequiresHttps"/>), Secure: the
/// sign-in cookie, Identity's two-factor cookies, the antiforgery cookie and the TempData cookie.
/// </summary>
public static class PortalCookies
{
    public static IServiceCollection AddPortalCookies(this IServiceCollection services, bool requireHttps)
    {
        var secure = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        void Harden(CookieBuilder cookie)
        {
            cookie.HttpOnly = true;
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = secure;
        }

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "hoctap.auth";
            Harden(o.Cookie);
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        // The half-signed-in state between password and code, and "remember this machine".
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o => Harden(o.Cookie));
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hoctap.af";
            Harden(o.Cookie);
        });
        services.Configure<CookieTempDataProviderOptions>(o => Harden(o.Cookie));
        return services;
    }
}
