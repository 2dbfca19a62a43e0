namespace Scheduler.Api.Web;

/// <summary>The texts of a person's page in English.</summary>
public sealed partial class EnglishText
{
    public override string NewContract => "New contract";
    public override string NewContractHint => "The contract in force ends the day before. Extra hours are for part-timers: the rota never plans more than 10 % of the contract (L3123-28), nor enough to reach 35 h.";
    public override string ContractFromLabel => "From";
    public override string ExtraHoursLabel => "Extra hours allowed a week";
    public override string HoursHint => "e.g. 28 or 17.5";
    public override string ContractSaved => "Contract saved.";
    public override string FieldExtraHours => "Between 0 and 48 hours, or empty for none.";
    public override string FieldNotInTheFuture => "The date cannot be in the future.";
    public override string RecordChangedMeanwhile => "The record was changed meanwhile: check it and try again.";
    public override string FinishedModulesCaption => "Training finished, the latest first";
    public override string ModuleLabel => "Module";
    public override string CompletedOnLabel => "Finished on";
    public override string NoCompletions => "No training recorded: the qualification is the one set by hand.";
    public override string NoModules => "No training module is defined:";
    public override string RecordTraining => "Record finished training";
    public override string RecordTrainingHint => "The qualification is computed again at once: the next rota takes it into account.";
    public override string TrainingSaved => "Training recorded, qualification up to date.";
    public override string TrainingExpiredOn(string day) => $"Training expired on {day}";
    public override string ExtraHoursLine(string hours) => $"extra hours allowed: {hours}";
    public override string MyTrainingTitle => "My training";
    public override string MyTrainingNone => "You are not trained yet: your shifts do not count toward the line's cover yet.";
    public override string MyTrainingValid => "Trained.";
    public override string MyTrainingValidUntil(string day) => $"Trained until {day}.";
    public override string MyTrainingExpiring(string day) => $"Your qualification expires on {day}: plan the refresher with your manager.";
    public override string MyTrainingExpired(string day) => $"Your qualification expired on {day}: talk to your manager.";
    public override string PersonNextTitle(int days) => $"Next shifts ({days} days)";
    public override string PersonNoShifts(int days) => $"No shift on the published rotas of the next {days} days.";
    public override string PersonMonthLine(string month, string paid, string expected, bool partlyPublished) =>
        $"This month ({month}), on the published rotas: {paid} paid for {expected} the contract expects on those days" + (partlyPublished ? " (some days of the month have no published rota yet)." : ".");
    public override string LeaveTally(string since, int earned, int taken, int booked, int left) =>
        $"Paid leave since {since}: {earned} working day(s) earned so far (2.5 per month under contract), {taken} taken, {booked} booked ahead, so {left} left (an estimate; payroll keeps the official balance).";
    public override string LeaveAsked(int days) => $"This request: {days} working day(s).";
}
