namespace Enforcement.Api.Cases.Detail;

/// <summary>A form field; a choice's allowed values are in <see cref="Options"/>, with their labels in <see cref="Choices"/>; a multi-line text is a text area.</summary>
public sealed record FieldView(string Name, string Type, string Label, bool Required, IReadOnlyList<string> Options, long? Min, long? Max, IReadOnlyList<ChoiceView> Choices,
    bool Multiline = false);

public sealed record ChoiceView(string Value, string Label);

/// <summary>An outcome; <see cref="Confirm"/> is the statement to confirm when it cannot be undone (else null).</summary>
public sealed record OutcomeView(string Name, string Label, IReadOnlyList<FieldView> Fields, string? Confirm = null);

/// <summary>
/// An open task. <see cref="DueDate"/> is the deadline's last day (Vietnam calendar), <see cref="DueText"/> the deadline in words
/// ("Hạn: thứ Năm, 26/11/2026 (còn 3 ngày làm việc)"), <see cref="DeadlineBasis"/> where the period comes from.
/// </summary>
public sealed record TaskView(
    long Id, int Revision, long InstanceId, string StepId, string Title, string? Agency, string? Team, string? Role, string? AssignedUser,
    DateTime CreatedAt, DateTime? DueAt, bool Overdue, bool Escalated, int Extensions, bool CanComplete, bool CanExtend, int? MaxExtensionDays,
    IReadOnlyList<FieldView> Fields, IReadOnlyList<OutcomeView> Outcomes, ReviewView? Review,
    DateOnly? DueDate = null, string? DueText = null, string? DeadlineBasis = null)
{
    /// <summary>The task reopened because another agency gave the file back: its words, and who gave it back.</summary>
    public string? ReturnReason { get; init; }
    public string? ReturnedBy { get; init; }
    public DateTime? ReturnedAt { get; init; }
}

public sealed record SignalView(long InstanceId, string Name, string Label, IReadOnlyList<FieldView> Fields);

/// <summary>A process of the case; <see cref="Path"/> is the steps entered so far, in order.</summary>
public sealed record ProcessView(long Id, string Process, int Version, string Title, string Status, string? CurrentStep, string? CurrentStepTitle, string? Result,
    DateTime StartedAt, DateTime? CompletedAt, IReadOnlyList<string> Path);

/// <summary>
/// A line of the timeline. <see cref="Kind"/>, <see cref="StepId"/>, <see cref="Actor"/>, <see cref="Outcome"/> and <see cref="Data"/> are the
/// journal's codes, for programs; people read <see cref="KindLabel"/>, <see cref="StepTitle"/>, <see cref="ActorName"/>,
/// <see cref="OutcomeLabel"/>, <see cref="Details"/> and <see cref="Note"/>, in their language.
/// </summary>
public sealed record TimelineEntry(long Id, long InstanceId, string Process, DateTime At, string Kind, string KindLabel, string? StepId, string? StepTitle,
    string? Actor, string? Outcome, string? Comment, IReadOnlyDictionary<string, string?> Data)
{
    public string? ActorName { get; init; }
    public string? OutcomeLabel { get; init; }
    public IReadOnlyList<TimelineDetail> Details { get; init; } = [];

    /// <summary>What a person wrote (a comment, a reason); none for the runtime's own notes.</summary>
    public string? Note { get; init; }
}

public sealed record TimelineDetail(string Label, string Value);

/// <summary>A case as staff see it: the complaint, its processes, open tasks with their buttons, deadlines and the full timeline.</summary>
/// <remarks><see cref="Incidents"/>: timers of this case that failed every time and wait for staff (not shown to other agencies).</remarks>
public sealed record CaseDetail(
    string Code, Enforcement.Api.Complaints.Staff.ComplaintDetail Complaint, IReadOnlyList<ProcessView> Processes,
    IReadOnlyList<TaskView> OpenTasks, IReadOnlyList<SignalView> Signals, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Enforcement.Api.Admin.Incidents.TimerIncident> Incidents)
{
    /// <summary>For another agency's liaison: the file handed to its agency (the latest handoff), read first.</summary>
    public Enforcement.Api.Cases.Dossiers.DossierView? Dossier { get; init; }
}
