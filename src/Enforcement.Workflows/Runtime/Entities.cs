using System.Text.Json.Serialization;

namespace Enforcement.Workflows.Runtime;

/// <summary>A running process for one case, pinned to the definition version it started on.</summary>
public sealed class WorkflowInstance
{
    public long Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }

    /// <summary>What the process is about, in the application's terms (e.g. a complaint's tracking code).</summary>
    public required string CorrelationId { get; set; }
    public string Status { get; set; } = InstanceStatuses.Running;
    public string? CurrentStepId { get; set; }

    /// <summary>Where "$resume" returns to after a signal (e.g. the police return the file).</summary>
    public string? ResumeStepId { get; set; }
    public string Variables { get; set; } = "{}";
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? Result { get; set; }
    public int Revision { get; set; }
}

public static class InstanceStatuses
{
    public const string Running = "running";
    public const string Completed = "completed";
}

/// <summary>A human task: who should do it, by when, and how it ended.</summary>
public sealed class WorkflowTask
{
    public long Id { get; set; }
    public long InstanceId { get; set; }

    /// <summary>Lets a new instance and its first task be saved together.</summary>
    [JsonIgnore] public WorkflowInstance? Instance { get; set; }
    public required string StepId { get; set; }
    public string Status { get; set; } = TaskStatuses.Open;
    public string? Agency { get; set; }
    public string? Team { get; set; }
    public string? Role { get; set; }
    public string? AssignedUser { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public bool Escalated { get; set; }
    public int Extensions { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Optimistic concurrency: two people completing the same task, one wins.</summary>
    public int Revision { get; set; }
}

public static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}

public static class TaskOutcomes
{
    /// <summary>A task its deadline cancelled (a deadline with onExpire).</summary>
    public const string Expired = "expired";
}

/// <summary>A moment the runtime must act at: a timer step or a task deadline. Leased in the database before firing.</summary>
public sealed class WorkflowTimer
{
    public long Id { get; set; }
    public long InstanceId { get; set; }
    [JsonIgnore] public WorkflowInstance? Instance { get; set; }
    public long? TaskId { get; set; }
    [JsonIgnore] public WorkflowTask? ForTask { get; set; }
    public required string Kind { get; set; }
    public required string StepId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? FiredAt { get; set; }
    public bool Cancelled { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>After a failed firing, not before this time (the injected clock, like due times).</summary>
    public DateTime? RetryAt { get; set; }

    /// <summary>Set when firing failed too often: the timer waits for staff to retry or cancel it.</summary>
    public DateTime? IncidentAt { get; set; }
}

public static class TimerKinds
{
    public const string Timer = "timer";
    public const string Deadline = "deadline";
}

/// <summary>One line of a case's timeline: who did what, when, with what data.</summary>
public sealed class WorkflowJournalEntry
{
    public long Id { get; set; }
    public long InstanceId { get; set; }
    [JsonIgnore] public WorkflowInstance? Instance { get; set; }
    public DateTime At { get; set; }
    public required string Kind { get; set; }
    public string? StepId { get; set; }
    public string? Actor { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public string? Data { get; set; }
}

/// <summary>The journal of a finished instance past retention, compressed into one row; still readable.</summary>
public sealed class WorkflowJournalArchive
{
    public long InstanceId { get; set; }
    public DateTime ArchivedAt { get; set; }
    public int EntryCount { get; set; }
    public required byte[] Compressed { get; set; }
}
