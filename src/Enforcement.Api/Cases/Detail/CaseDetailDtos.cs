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
    DateOnly? DueDate = null, string? DueText = null, string? DeadlineBasis = null);

public sealed record SignalView(long InstanceId, string Name, string Label, IReadOnlyList<FieldView> Fields);

/// <summary>A process of the case; <see cref="Path"/> is the steps entered so far, in order.</summary>
public sealed record ProcessView(long Id, string Process, int Version, string Title, string Status, string? CurrentStep, string? CurrentStepTitle, string? Result,
    DateTime StartedAt, DateTime? CompletedAt, IReadOnlyList<string> Path);

public sealed record TimelineEntry(long Id, long InstanceId, string Process, DateTime At, string Kind, string KindLabel, string? StepId, string? StepTitle,
    string? Actor, string? Outcome, string? Comment, IReadOnlyDictionary<string, string?> Data);

/// <summary>A case as staff see it: the complaint, its processes, open tasks with their buttons, deadlines and the full timeline.</summary>
/// <remarks><see cref="Incidents"/>: timers of this case that failed every time and wait for staff (not shown to other agencies).</remarks>
public sealed record CaseDetail(
    string Code, Enforcement.Api.Complaints.Staff.ComplaintDetail Complaint, IReadOnlyList<ProcessView> Processes,
    IReadOnlyList<TaskView> OpenTasks, IReadOnlyList<SignalView> Signals, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Enforcement.Api.Admin.Incidents.TimerIncident> Incidents);
