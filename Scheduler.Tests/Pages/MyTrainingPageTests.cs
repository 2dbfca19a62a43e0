using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scheduler.Api.Auth;
using Scheduler.Api.Data.Entities;
using Scheduler.Tests.Api;

namespace Scheduler.Tests.Pages;

/// <summary>A listener's own training on "Mes horaires": valid, expiring within 30 days, expired. Today is 25/11/2026.</summary>
public sealed class MyTrainingPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(2027, 3, 1, "Formé·e jusqu'au 01/03/2027.")]
    [InlineData(2026, 12, 5, "Votre qualification expire le 05/12/2026 : pensez au recyclage avec votre responsable.")]
    [InlineData(2026, 11, 24, "Votre qualification a expiré le 24/11/2026 : parlez-en à votre responsable.")]
    public async Task MyTraining_QualifiedUntil_SaysWhereIStand(int year, int month, int day, string expected)
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        await SetQualifiedUntilAsync(me, new LocalDate(year, month, day));
        using var client = await factory.CookieClientAsync(Roles.Listener);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/mes-horaires"));

        Assert.Contains(expected, Section(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTraining_FinishedModules_AreListedLatestFirst()
    {
        var me = await RotaApi.MyStaffIdAsync(factory);
        await factory.InDatabaseAsync(db =>
        {
            db.TrainingModules.Add(new TrainingModuleEntity { Id = "mine-initial", Name = "Formation initiale", Kind = Scheduler.Solver.Quality.TrainingModuleKind.Initial, DurationDays = 15 });
            db.TrainingCompletions.AddRange(
                new TrainingCompletionEntity { Id = Guid.NewGuid(), StaffId = me, ModuleId = "mine-initial", CompletedOn = new LocalDate(2026, 2, 20) },
                new TrainingCompletionEntity { Id = Guid.NewGuid(), StaffId = me, ModuleId = "mine-initial", CompletedOn = new LocalDate(2026, 10, 2) });
            return db.SaveChangesAsync();
        });
        using var client = await factory.CookieClientAsync(Roles.Listener);

        var section = Section(WebUtility.HtmlDecode(await client.GetStringAsync("/mes-horaires")));

        var later = section.IndexOf("02/10/2026 · Formation initiale", StringComparison.Ordinal);
        Assert.True(later >= 0, "the October module is listed");
        Assert.True(later < section.IndexOf("20/02/2026 · Formation initiale", StringComparison.Ordinal), "latest first");
    }

    private Task<int> SetQualifiedUntilAsync(Guid id, LocalDate until) => factory.InDatabaseAsync(async db =>
    {
        var person = await db.Staff.SingleAsync(s => s.Id == id);
        (person.IsTrained, person.QualifiedUntil) = (true, until);
        return await db.SaveChangesAsync();
    });

    private static string Section(string html)
    {
        var start = html.IndexOf("id=\"formation\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the training section is on the page");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
