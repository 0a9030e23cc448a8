using System.Net;
using System.Text.RegularExpressions;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>Drives the portal as a browser would: reads the antiforgery token from the form, posts it back.</summary>
public static partial class PortalClient
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = PortalFactory.DemoPassword) =>
        await client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    public static async Task<HttpClient> SignedInAsync(this PortalFactory factory, string email)
    {
        var client = factory.CreatePortalClient();
        var response = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
