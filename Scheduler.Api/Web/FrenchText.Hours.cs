using System.Globalization;
using NodaTime;

namespace Scheduler.Api.Web;

/// <summary>The month's hours page in French.</summary>
public sealed partial class FrenchText
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    public override string HoursTitle => "Heures du mois";
    public override string HoursHeading(string month) => $"Heures du mois : {month}";
    public override string HoursIntro => "Pour la paie : les heures payées (chaque service moins sa pause) des plannings publiés, par personne, face au contrat sur les mêmes jours (un septième des heures hebdomadaires par jour sous contrat couvert par un planning publié) ; celles des dimanches et des jours fériés à part.";
    public override string MonthLabel => "Mois";
    public override string MonthHint => "aaaa-mm";
    public override string MonthInvalid => "Mois illisible : écrivez-le aaaa-mm, par exemple 2026-12. Le mois en cours est affiché.";
    public override string MonthName(YearMonth month) => FrenchCulture.DateTimeFormat.GetMonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);
    public override string UnpublishedDays(string spans) => $"Aucun planning publié pour : {spans}. Ni leurs heures ni celles que le contrat y attend ne sont comptées.";
    public override string HoursCaption(int people) => $"{people} personne(s)";
    public override string ExpectedHours => "Attendues (contrat)";
    public override string HoursDifference => "Écart";
    public override string SundayHours => "Dont dimanches";
    public override string HolidayHours => "Dont jours fériés";

    public override string MonthHoursLine(string month, string paid, string? sundays, string? holidays, bool partlyPublished) =>
        $"Ce mois-ci ({month}), sur les plannings publiés : {paid} payées"
        + (sundays is null ? "" : $", dont {sundays} le dimanche")
        + (holidays is null ? "" : $", {(sundays is null ? "dont " : "")}{holidays} les jours fériés")
        + (partlyPublished ? " (les jours sans planning publié ne sont pas encore comptés)" : "") + ".";
}
