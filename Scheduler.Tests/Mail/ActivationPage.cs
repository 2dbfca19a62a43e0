using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Scheduler.Tests.Api;
using Scheduler.Tests.Pages;

namespace Scheduler.Tests.Mail;

/// <summary>The page an activation or reset link opens, used as the person does: the link from the e-mail, then the form.</summary>
internal static partial class ActivationPage
{
    /// <summary>Opens <paramref name="link"/> (path and query) and chooses <paramref name="password"/> twice; redirects are not followed.</summary>
    public static async Task<HttpResponseMessage> ChooseAsync(ApiFactory factory, string link, string password)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query);
        return await PageForms.PostAsync(browser, link, new() { ["Email"] = query["email"]!, ["Code"] = query["code"]!, ["Password"] = password, ["Confirm"] = password });
    }

    /// <summary>The links in a message's text.</summary>
    public static IReadOnlyList<string> Links(string? text) => [.. LinkPattern().Matches(text ?? "").Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
