using System.Globalization;
using Scheduler.Solver.Domain;

namespace Scheduler.Solver.Rostering;

/// <summary>A sentence in French and in English for each hard rule taking part in a conflict.</summary>
public static class RuleSentences
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static (string French, string English) Describe(GateKey key, StaffMember? person)
    {
        ArgumentNullException.ThrowIfNull(key);
        var who = person is null ? null : Validation.Say.Who(person);
        var fr = key.From == key.To ? $"le {key.From.ToString("dddd d MMMM yyyy", French)}" : $"du {key.From.ToString("d MMMM", French)} au {key.To.ToString("d MMMM yyyy", French)}";
        var en = key.From == key.To ? $"on {key.From.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}" : $"from {key.From.ToString("d MMMM", CultureInfo.InvariantCulture)} to {key.To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        return key.Rule switch
        {
            RuleNames.ManagerCover => ($"Il faut au moins un cadre de permanence à chaque demi-heure d'ouverture {fr}.", $"At least one manager must be on duty in every open half-hour {en}."),
            RuleNames.ListenerCover => ($"Il faut au moins deux écoutants formés à chaque demi-heure d'ouverture {fr}.", $"At least two trained listeners must be on duty in every open half-hour {en}."),
            RuleNames.OpeningHours => ($"{who} ne peut pas travailler hors des heures d'ouverture {fr}.", $"{who} cannot work outside opening hours {en}."),
            RuleNames.Availability => ($"{who} est absent(e) {fr}.", $"{who} is absent {en}."),
            RuleNames.OneShiftPerDay => ($"{who} ne peut faire qu'un poste par jour {fr}.", $"{who} can work only one shift a day {en}."),
            RuleNames.ShiftLength => ($"Un poste de {who} doit durer de 4 h à 10 h d'un seul tenant {fr}.", $"A shift of {who} must be one block of 4 h to 10 h {en}."),
            RuleNames.MaxDailyWork => ($"{who} ne peut pas travailler plus de 10 h {fr} (art. L3121-18).", $"{who} cannot work more than 10 h a day {en} (art. L3121-18)."),
            RuleNames.DailyRest => ($"{who} doit avoir 11 h de repos consécutives entre deux postes {fr} (art. L3131-1).", $"{who} must rest 11 consecutive hours between two shifts {en} (art. L3131-1)."),
            RuleNames.WeeklyRest => ($"{who} doit avoir 35 h de repos consécutives dans la semaine {fr} (art. L3132-2).", $"{who} must rest 35 consecutive hours in the week {en} (art. L3132-2)."),
            RuleNames.DaysOffPerWeek => ($"{who} doit avoir au moins deux jours de repos dans la semaine {fr}.", $"{who} must have at least two days off in the week {en}."),
            RuleNames.MaxWorkingDaysInSeven => ($"{who} ne peut pas travailler plus de 6 jours sur 7 jours consécutifs {fr}.", $"{who} cannot work more than 6 days in 7 consecutive days {en}."),
            RuleNames.MaxWeeklyHours => ($"{who} ne peut pas dépasser 48 h de travail dans la semaine {fr} (art. L3121-20).", $"{who} cannot work more than 48 h in the week {en} (art. L3121-20)."),
            RuleNames.MaxAverageWeeklyHours => ($"{who} ne peut pas dépasser 44 h par semaine en moyenne sur 12 semaines {fr} (art. L3121-22).", $"{who} cannot average more than 44 h a week over 12 weeks {en} (art. L3121-22)."),
            RuleNames.ContractHours => ($"{who} doit faire les heures de son contrat {fr}.", $"{who} must work the contract hours {en}."),
            RuleNames.PartTimeExtraHours => ($"{who} (temps partiel) ne peut pas dépasser ses heures complémentaires autorisées {fr} (art. L3123-28, L3123-9).", $"{who} (part-time) cannot exceed the allowed extra hours {en} (art. L3123-28, L3123-9)."),
            RuleNames.Break => ($"Un poste de 6 h ou plus de {who} doit contenir une pause {fr} (art. L3121-16).", $"A shift of 6 h or more of {who} must contain a break {en} (art. L3121-16)."),
            RuleNames.Pinned => ($"Le poste de {who} fixé par un cadre doit être gardé tel quel {fr}.", $"The shift of {who} pinned by a manager must be kept as it is {en}."),
            RuleNames.MaxConsecutiveWorkDays => ($"{who} ne peut pas dépasser son maximum de jours de travail consécutifs {fr}.", $"{who} cannot exceed the maximum of consecutive working days {en}."),
            RuleNames.MinConsecutiveWorkDays => ($"{who} doit travailler au moins son minimum de jours consécutifs {fr}.", $"{who} must work at least the minimum of consecutive days {en}."),
            RuleNames.MinConsecutiveDaysOff => ($"{who} doit avoir au moins son minimum de jours de repos consécutifs {fr}.", $"{who} must have at least the minimum of consecutive days off {en}."),
            RuleNames.MaxWeekends => ($"{who} ne peut pas dépasser son maximum de week-ends travaillés {fr}.", $"{who} cannot work more than the maximum of weekends {en}."),
            RuleNames.ShiftTypeLimit => ($"{who} ne peut pas dépasser son maximum de postes de ce type {fr}.", $"{who} cannot exceed the maximum of shifts of this type {en}."),
            RuleNames.WorkedMinutesRange => ($"{who} doit rester entre son minimum et son maximum de temps de travail {fr}.", $"{who} must stay between the minimum and maximum working time {en}."),
            RuleNames.ForbiddenSuccession => ($"{who} ne peut pas enchaîner ces deux postes d'un jour au lendemain {fr}.", $"{who} cannot work these two shifts on consecutive days {en}."),
            _ => ($"Règle {key.Rule} {fr}.", $"Rule {key.Rule} {en}."),
        };
    }
}
