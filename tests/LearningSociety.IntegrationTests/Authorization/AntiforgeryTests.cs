using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// Every state-changing request the portal answers (every POST it lists, so a new form is covered
/// the day it appears) refuses a missing or foreign antiforgery token with the Vietnamese 400 page:
/// never a 500, never an empty body, never the change itself.
/// </summary>
public sealed class AntiforgeryTests(MatrixPortal portal) : IClassFixture<MatrixPortal>
{
    private const string ErrorPageText = "Yêu cầu không hợp lệ";

    [Theory]
    [InlineData("missing")]
    [InlineData("from another session")]
    [InlineData("garbled")]
    public async Task A_post_with_a_bad_token_gets_the_Vietnamese_400_page(string token)
    {
        var failures = Unlisted();
        foreach (var (entry, actor) in Posts())
        {
            var value = token switch
            {
                "missing" => null,
                // Issued to somebody else's session: another user signed in, or another browser for anonymous posts.
                "from another session" => actor.IsAnonymous ? await ForeignAnonymousTokenAsync()
                    : portal.Tokens[portal.Actors.First(a => a.Name != actor.Name && !a.IsAnonymous).Name],
                _ => "CfDJ8" + new string('A', 120),
            };
            var response = await Client(actor).PostAsync(Url(entry, actor), Body(entry, value));
            failures.AddRange(await ProblemsAsync(response, $"{entry.Key} as {actor.Name}, token {token}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Each POST as the administrator (who passes every role gate, so the token is what is tested) and, where anonymous posts are allowed, anonymously.</summary>
    private IEnumerable<(MatrixEntry Entry, MatrixActor Actor)> Posts()
    {
        var anonymous = portal.Actors[0];
        var admin = portal.Actors[1];
        var keys = PostKeys().ToHashSet(StringComparer.Ordinal);
        foreach (var entry in AuthorizationMatrix.Entries.Where(e => e.Method == "POST" && keys.Contains(e.Key)))
        {
            yield return (entry, admin);
            if (entry.Expect(0, own: false) == MatrixOutcome.Allowed)
            {
                yield return (entry, anonymous);
            }
        }
    }

    private IEnumerable<string> PostKeys() => EndpointCatalog.Keys(portal.Factory.Services).Where(k => k.StartsWith("POST ", StringComparison.Ordinal));

    /// <summary>A POST the matrix does not list has no URL to try: reported here too, not skipped.</summary>
    private List<string> Unlisted()
    {
        var listed = AuthorizationMatrix.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return [.. PostKeys().Where(k => !listed.Contains(k)).Select(k => $"{k}: not in AuthorizationMatrix.Entries, so not checked")];
    }

    private HttpClient Client(MatrixActor actor) => portal.Clients[actor.Name];

    private static string Url(MatrixEntry entry, MatrixActor actor) => entry.Url(actor.Own);

    private static FormUrlEncodedContent Body(MatrixEntry entry, string? token)
    {
        var fields = QueryHelpers.ParseQuery(entry.Body).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }

    private async Task<string> ForeignAnonymousTokenAsync() =>
        await Infrastructure.PortalClient.AntiforgeryTokenAsync(portal.Factory.CreatePortalClient(), "/Account/Login");

    private static async Task<IEnumerable<string>> ProblemsAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        var problems = new List<string>();
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            problems.Add($"{what}: {(int)response.StatusCode} instead of 400");
        }
        else if (response.Content.Headers.ContentType?.MediaType != "text/html"
            || !body.Contains("<html lang=\"vi\">", StringComparison.Ordinal) || !body.Contains(ErrorPageText, StringComparison.Ordinal))
        {
            problems.Add($"{what}: 400 without the Vietnamese error page ({response.Content.Headers.ContentType}, {body.Length} characters)");
        }

        return problems;
    }
}
