using LearningSociety.Infrastructure.Email;
using LearningSociety.Infrastructure.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.UnitTests.Email;

public sealed class EmailSetupTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddPortalEmail(configuration, "/srv/portal");
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_an_SMTP_host_mail_goes_to_the_pickup_folder_under_the_application()
    {
        using var provider = Build([]);
        var sender = Assert.IsType<PickupFolderEmailSender>(provider.GetRequiredService<IEmailSender>());
        Assert.Equal(Path.GetFullPath("/srv/portal/App_Data/mail"), sender.Folder);
    }

    [Fact]
    public void With_an_SMTP_host_mail_goes_through_SMTP()
    {
        using var provider = Build(new() { ["Email:Smtp:Host"] = "mail.example.vn", ["Email:From"] = "Cổng thông tin <no-reply@example.vn>" });
        Assert.IsType<SmtpEmailSender>(provider.GetRequiredService<IEmailSender>());
    }

    [Theory]
    [InlineData("khong-hop-le")]
    [InlineData("Cổng thông tin <no-reply@>")]
    [InlineData("<<>>")]
    public void A_sender_address_that_is_not_an_address_stops_start_up_with_a_readable_message(string from)
    {
        var error = Assert.Throws<StartupException>(() => Build(new() { ["Email:From"] = from }));
        Assert.Contains("Email:From", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trusted_certificate_file_that_is_missing_or_not_a_certificate_stops_start_up()
    {
        var folder = Directory.CreateTempSubdirectory("hoctap-ca-").FullName;
        File.WriteAllText(Path.Combine(folder, "not-a-certificate.pem"), "xin chào");
        foreach (var file in new[] { "missing.pem", "not-a-certificate.pem" })
        {
            var error = Assert.Throws<StartupException>(() => Build(new()
            {
                ["Email:Smtp:Host"] = "mail.example.vn",
                ["Email:Smtp:CaCertificatePath"] = Path.Combine(folder, file),
            }));
            Assert.Contains("Email:Smtp:CaCertificatePath", error.Message, StringComparison.Ordinal);
        }
    }
}
