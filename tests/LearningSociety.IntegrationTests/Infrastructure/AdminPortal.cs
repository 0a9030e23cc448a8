using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Infrastructure;

/// <summary>One portal per test class, with look-ups the administration tests need.</summary>
public sealed class AdminPortal : IAsyncLifetime
{
    public const string Admin = "admin@hoctap.local";

    public PortalFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<int> AgencyIdAsync(string key) => QueryAsync(db => db.Agencies.Where(a => a.Key == key).Select(a => a.Id).SingleAsync());

    public Task<int> UnitOfAgencyAsync(string key) => QueryAsync(db => db.Agencies.Where(a => a.Key == key).Select(a => a.UnitId).SingleAsync());

    public async Task<AppUser> UserAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        Assert.NotNull(user);
        return user;
    }

    public async Task<IList<string>> RolesAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
