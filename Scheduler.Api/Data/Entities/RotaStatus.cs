namespace Scheduler.Api.Data.Entities;

/// <summary>The life of a rota: drafts are edited, one rota per period is published, and publishing another supersedes it.</summary>
public enum RotaStatus
{
    Draft,
    Published,
    Superseded,
}
