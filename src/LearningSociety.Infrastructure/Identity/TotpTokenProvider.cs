using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace LearningSociety.Infrastructure.Identity;

/// <summary>
/// Checks authenticator-app codes like Identity's own provider, with two differences: the time
/// comes from the injected <see cref="TimeProvider"/>, and a code is accepted only once (the last
/// accepted time step is kept in the user's token row), so a code seen over a shoulder or
/// replayed from a captured request within its validity window does not sign anyone in.
/// </summary>
public sealed class TotpTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "PortalAuthenticator";

    private const string Store = "[AspNetUserStore]";
    private const string LastStepToken = "AuthenticatorLastStep";

    /// <summary>One step either side: a phone clock up to about 30 seconds off still works.</summary>
    private const int Window = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Nothing is sent: the code is made by the app on the user's phone.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var keyBytes = Base32.Decode(key);
        var now = Totp.StepAt(clock.GetUtcNow());
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStepToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        for (var step = now - Window; step <= now + Window; step++)
        {
            if (step > last && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(keyBytes, step)), Encoding.ASCII.GetBytes(token)))
            {
                // Saving fails on a concurrent update of the user (concurrency stamp): then the code is not accepted twice either.
                var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }
}
