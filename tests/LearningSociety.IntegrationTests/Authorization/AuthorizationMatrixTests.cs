using System.Diagnostics;
using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>Runs <see cref="AuthorizationMatrix"/> against the running portal and its demo data.</summary>
public sealed class AuthorizationMatrixTests(MatrixPortal portal, ITestOutputHelper output) : IClassFixture<MatrixPortal>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> _timings = new(StringComparer.Ordinal);

    [Fact]
    public void Every_entry_is_well_formed_and_named_once()
    {
        var malformed = AuthorizationMatrix.Entries.Where(e => !e.IsWellFormed).Select(e => $"{e.Key}: \"{e.Expected}\"").ToList();
        var twice = AuthorizationMatrix.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(malformed.Count == 0, "expected 13 letters from A, L, F, N:\n" + string.Join('\n', malformed));
        Assert.True(twice.Count == 0, "named more than once:\n" + string.Join('\n', twice));
    }

    [Fact]
    public void The_matrix_covers_every_endpoint_of_the_portal_and_no_endpoint_that_is_gone()
    {
        var portalKeys = EndpointCatalog.Keys(portal.Factory.Services);
        var matrixKeys = AuthorizationMatrix.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var missing = portalKeys.Where(k => !matrixKeys.Contains(k)).ToList();
        var gone = matrixKeys.Where(k => !portalKeys.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0,
            (missing.Count > 0 ? "Endpoints the authorization matrix does not cover (add a line to AuthorizationMatrix.Entries):\n  " + string.Join("\n  ", missing) + "\n" : "")
            + (gone.Count > 0 ? "Matrix entries for endpoints that no longer exist (remove them):\n  " + string.Join("\n  ", gone) : ""));
    }

    [Fact]
    public async Task Every_role_gets_the_expected_answer_on_every_endpoint_for_its_own_and_another_unit()
    {
        var clock = Stopwatch.StartNew();
        foreach (var actor in portal.Actors)
        {
            output.WriteLine($"{actor.Name}: own {actor.Own}; other {actor.Other}");
        }

        var failures = new List<string>();
        var cases = 0;
        foreach (var phase in new[] { false, true })
        {
            // Within a phase, the posts that end the account's sessions come last.
            var entries = AuthorizationMatrix.Entries.Where(e => e.RunLast == phase).OrderBy(e => e.FreshSession).ToList();
            var results = await Task.WhenAll(portal.Actors.Select((actor, index) => RunAsync(actor, index, entries)));
            foreach (var (count, problems) in results)
            {
                cases += count;
                failures.AddRange(problems);
            }
        }

        foreach (var (key, time) in _timings.OrderByDescending(t => t.Value).Take(8))
        {
            output.WriteLine($"  {time.TotalSeconds:0.00} s  {key}");
        }

        output.WriteLine($"{AuthorizationMatrix.Entries.Count} endpoints, {cases} route × role × unit cases, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases differ from the matrix:\n" + string.Join('\n', failures));
    }

    private async Task<(int Count, List<string> Failures)> RunAsync(MatrixActor actor, int index, IReadOnlyList<MatrixEntry> entries)
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var entry in entries)
        {
            foreach (var own in actor.IsAnonymous ? [false] : new[] { true, false })
            {
                var url = entry.Url(own ? actor.Own : actor.Other);
                var started = Stopwatch.GetTimestamp();
                using var response = await SendAsync(actor, entry, url);
                _timings.AddOrUpdate(entry.Key, Stopwatch.GetElapsedTime(started), (_, t) => t + Stopwatch.GetElapsedTime(started));
                var got = Classify(response);
                var expected = entry.Expect(index, own);
                count++;
                if (got != expected)
                {
                    failures.Add($"{entry.Key} as {actor.Name} ({(actor.IsAnonymous ? "-" : own ? "own unit" : "other unit")}): expected {expected}, got {got} "
                        + $"({(int)response.StatusCode}{(response.Headers.Location is { } to ? " → " + to : "")}) {url}");
                }
            }
        }

        return (count, failures);
    }

    private async Task<HttpResponseMessage> SendAsync(MatrixActor actor, MatrixEntry entry, string url)
    {
        var client = portal.Clients[actor.Name];
        var token = portal.Tokens[actor.Name];
        if (entry.FreshSession)
        {
            client = await portal.SessionAsync(actor);
            token = await client.AntiforgeryTokenAsync(actor.IsAnonymous ? "/Account/Login" : "/Account/ChangePassword");
        }

        if (entry.Method != "POST")
        {
            return await client.GetAsync(url);
        }

        var fields = QueryHelpers.ParseQuery(entry.Body).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static MatrixOutcome Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location;
            var target = location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            var path = target.Split('?', '#')[0];
            // A sign-in challenge carries the page to come back to; "signed out, sign in again" does not.
            var challenge = target.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase);
            return path.ToUpperInvariant() switch
            {
                "/ACCOUNT/LOGIN" when challenge => MatrixOutcome.Login,
                "/ACCOUNT/ACCESSDENIED" => MatrixOutcome.Forbidden,
                _ => MatrixOutcome.Allowed,
            };
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => MatrixOutcome.Login,
            HttpStatusCode.Forbidden => MatrixOutcome.Forbidden,
            HttpStatusCode.NotFound => MatrixOutcome.NotFound,
            HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => MatrixOutcome.Allowed,
            _ when status is >= 200 and < 300 => MatrixOutcome.Allowed,
            _ => MatrixOutcome.Error,
        };
    }
}
