namespace Enforcement.Api.Admin.Incidents;

/// <summary>A workflow timer whose firing failed every time. <see cref="CaseCode"/> only for callers who may read the case.</summary>
public sealed record TimerIncident(long TimerId, string? CaseCode, string Process, string StepId, string StepTitle, string Kind,
    int Attempts, string? LastError, DateTime IncidentAt, bool CanAct);

/// <summary>An email that could not be sent after every attempt; the address is masked.</summary>
public sealed record MessageIncident(long MessageId, string Recipient, string? Subject, int Attempts, string? LastError, DateTime DeadAt);

public sealed record IncidentList(IReadOnlyList<TimerIncident> Timers, IReadOnlyList<MessageIncident> Messages);

public sealed record CancelIncidentRequest(string? Reason);

public sealed record IncidentActionResponse(long Id, string Result);
