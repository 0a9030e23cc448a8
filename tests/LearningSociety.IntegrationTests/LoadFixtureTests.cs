using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.LoadTesting;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>The load-test data: every commune officer has a unit and a report of their own; the check finds what was acknowledged.</summary>
public sealed partial class LoadFixtureTests
{
    private const string Password = "Kiemthu@2024";

    [Fact]
    public async Task Each_test_officer_submits_their_own_report_and_the_check_finds_each_acknowledged_submission_exactly_once()
    {
        await using var factory = new PortalFactory();
        factory.CreatePortalClient();
        var options = new LoadFixtureOptions(Communes: 5, Readers: 1, Password, Year: 2024, UnitsFile: null, Provinces: []);
        var summary = await InScopeAsync(factory, sp => sp.GetRequiredService<LoadFixture>().RunAsync(options));
        var again = await InScopeAsync(factory, sp => sp.GetRequiredService<LoadFixture>().RunAsync(options));

        Assert.Equal(summary.PlanId, again.PlanId);
        Assert.Single(summary.Provinces);
        Assert.True(summary.Reports >= 5);
        var units = await InScopeAsync(factory, sp => sp.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Email!.StartsWith("xa.") && u.Email.EndsWith("@kiemthu.local")).Select(u => u.UnitId).ToListAsync());
        Assert.Equal(5, units.Distinct().Count());

        var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(LoadFixture.SubmitterEmail(3), Password)).StatusCode);
        var reportId = int.Parse(EditLink().Match(await client.GetStringAsync("/Reports")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var fields = await ReportForm.ReadAsync(client, reportId);
        fields[ReportForm.FirstNarrative(fields)] = "Năm 2024, xã đã triển khai kế hoạch kiểm thử tải.";
        var submitted = await ReportForm.PostAsync(client, reportId, fields, "submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var ack = new LoadAck(reportId, Guid.Parse(fields["SubmissionId"]));

        var check = await InScopeAsync(factory, sp => sp.GetRequiredService<LoadCheck>().RunAsync([ack, ack]));
        Assert.True(check.Ok, string.Join(" | ", check.Problems));
        Assert.Equal((1, 1, 0), (check.Acknowledged, check.Submitted, check.SubmittedWithoutAcknowledgement));

        var lost = await InScopeAsync(factory, sp => sp.GetRequiredService<LoadCheck>().RunAsync([ack with { SubmissionId = Guid.NewGuid() }, new LoadAck(reportId + 1, Guid.NewGuid())]));
        Assert.Equal(2, lost.Problems.Count);
    }

    private static async Task<T> InScopeAsync<T>(PortalFactory factory, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    [GeneratedRegex("href=\"/Reports/Edit/(\\d+)\"")]
    private static partial Regex EditLink();
}
