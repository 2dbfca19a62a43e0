using NodaTime;

namespace Scheduler.Api.Features.SelfService;

/// <summary>One of my published shifts, in local time of Europe/Paris.</summary>
public sealed record MyShiftResponse(Guid Id, Guid RotaId, LocalDate Date, LocalTime Start, LocalTime End, LocalTime? BreakStart, LocalTime? BreakEnd, string Channel);

public sealed record CalendarLinkResponse(string Url);
