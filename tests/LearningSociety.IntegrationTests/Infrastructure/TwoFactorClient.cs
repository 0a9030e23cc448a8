using System.Net;
using System.Text.RegularExpressions;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Turning on two-factor sign-in as a user would: read the key off the page, type the app's code.</summary>
public static partial class TwoFactorClient
{
    public sealed record Setup(string Key, IReadOnlyList<string> RecoveryCodes);

    public static async Task<string> SharedKeyAsync(this HttpClient client)
    {
        var html = await client.GetStringAsync("/Account/Security/Enable");
        var match = KeyPattern().Match(html);
        Assert.True(match.Success, "no shared key on the enable page");
        return match.Groups[1].Value;
    }

    /// <summary>Enables 2FA for the signed-in client and moves the clock past the code used, so the next code is a fresh one.</summary>
    public static async Task<Setup> EnableTwoFactorAsync(this HttpClient client, PortalFactory factory)
    {
        var key = await client.SharedKeyAsync();
        var response = await client.PostFormAsync("/Account/Security/Enable", "/Account/Security/Enable", new()
        {
            ["Code"] = TestTotp.Code(key, factory.Clock.GetUtcNow()),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return new Setup(key, codes);
    }

    public static async Task<HttpResponseMessage> SecondStepAsync(this HttpClient client, string code, string url = "/Account/LoginTwoFactor") =>
        await client.PostFormAsync(url, "/Account/LoginTwoFactor", new() { ["Code"] = code });

    [GeneratedRegex("id=\"shared-key\"><code>([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<code>([0-9A-Z]{5}-[0-9A-Z]{5})</code>")]
    private static partial Regex RecoveryCodePattern();
}
