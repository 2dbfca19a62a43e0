using Microsoft.AspNetCore.Hosting;
using Scheduler.Api.Features.Mail;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Mail;

/// <summary>The <c>Mail</c> settings, checked at start with the key to fix named.</summary>
public sealed class MailOptionsTests
{
    [Fact]
    public void Validate_NoHost_IsValidWhateverElse() =>
        Assert.Empty(MailOptionsValidator.Problems(new MailOptions { Port = 0 }));

    [Fact]
    public void Validate_HostWithoutFrom_NamesMailFrom()
    {
        var problem = Assert.Single(MailOptionsValidator.Problems(new MailOptions { Host = "smtp.example.org", PublicUrl = new Uri("https://planning.example.org") }));

        Assert.StartsWith("Mail:From is required", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("planning.example.org")]
    [InlineData("ftp://planning.example.org")]
    public void Validate_PublicUrlNotAnHttpAddress_NamesMailPublicUrl(string url)
    {
        var options = new MailOptions { Host = "smtp.example.org", From = "Ligne 3133 <planning@example.org>", PublicUrl = new Uri(url, UriKind.RelativeOrAbsolute) };

        Assert.StartsWith("Mail:PublicUrl", Assert.Single(MailOptionsValidator.Problems(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FromNotAnAddress_NamesMailFrom() =>
        Assert.StartsWith("Mail:From \"planning\"", Assert.Single(MailOptionsValidator.Problems(new MailOptions
        {
            Host = "smtp.example.org", From = "planning", PublicUrl = new Uri("https://planning.example.org"),
        })), StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(301)]
    public void Validate_TimeoutOutOfRange_NamesMailTimeoutSeconds(int seconds) =>
        Assert.StartsWith("Mail:TimeoutSeconds must be between 1 and 300", Assert.Single(MailOptionsValidator.Problems(new MailOptions
        {
            Host = "smtp.example.org", From = "planning@example.org", PublicUrl = new Uri("https://planning.example.org"), TimeoutSeconds = seconds,
        })), StringComparison.Ordinal);

    [Fact]
    public void Start_HostWithoutFrom_FailsNamingMailFrom()
    {
        using var factory = new HostOnlyFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Mail:From is required when Mail:Host is set", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class HostOnlyFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:Host", "smtp.example.org");
            builder.UseSetting("Mail:PublicUrl", "https://planning.example.org");
        }
    }
}
