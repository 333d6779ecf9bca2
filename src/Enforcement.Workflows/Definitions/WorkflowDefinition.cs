using System.Text.Json.Serialization;

namespace Enforcement.Workflows.Definitions;

/// <summary>A process as written in workflows/*.json: steps joined by named transitions. Shaped like an Elsa 3 definition.</summary>
public sealed class WorkflowDefinition
{
    public required string Id { get; init; }
    public int Version { get; init; }
    public Dictionary<string, string> Title { get; init; } = [];
    public required string Start { get; init; }
    public List<StepDefinition> Steps { get; init; } = [];

    /// <summary>Interrupts that may be raised while any task is open (e.g. signs of a crime).</summary>
    public List<SignalDefinition> Signals { get; init; } = [];

    [JsonIgnore] public string SourceFile { get; set; } = "";

    public StepDefinition? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);
    public string Key => $"{Id}@{Version}";
}

public static class StepTypes
{
    public const string Task = "task";
    public const string Decision = "decision";
    public const string Timer = "timer";
    public const string Handoff = "handoff";
    public const string Notify = "notify";
    public const string End = "end";
    public static readonly IReadOnlyList<string> All = [Task, Decision, Timer, Handoff, Notify, End];
}

public sealed class StepDefinition
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public Dictionary<string, string> Title { get; init; } = [];

    // task
    public Assignment? Assignee { get; init; }
    public List<OutcomeDefinition> Outcomes { get; init; } = [];
    public List<FieldDefinition> Form { get; init; } = [];
    public DeadlineDefinition? Deadline { get; init; }

    /// <summary>
    /// task: another task step of this process whose last completer cannot complete (or be given) this task: a second
    /// pair of eyes, e.g. nobody approves their own proposal.
    /// </summary>
    public string? NotBy { get; init; }

    // decision
    public List<RuleDefinition> Rules { get; init; } = [];
    public string? Otherwise { get; init; }

    // timer
    public DurationDefinition? Duration { get; init; }

    // handoff: a fixed agency, or the agency named by a case variable
    public string? Agency { get; init; }
    public string? AgencyFrom { get; init; }

    // notify
    public string? Template { get; init; }
    public string? Recipient { get; init; }

    // timer, handoff, notify: the single next step
    public string? To { get; init; }

    // end: a process to continue with (e.g. triage hands over to the chosen route)
    public string? ContinueWith { get; init; }
    public string? Result { get; init; }

    /// <summary>What an outside party is told once the process enters this step. Opaque to the runtime; the application gives it meaning.</summary>
    public string? PublicStatus { get; init; }

    /// <summary>The words that go with <see cref="PublicStatus"/> or with a notification: a case variable or a fixed text.</summary>
    public PublicNoteDefinition? PublicNote { get; init; }

    /// <summary>handoff: what the receiving agency may see from now on (<see cref="Grants"/>).</summary>
    public string? Grant { get; init; }

    /// <summary>handoff: the case variables that travel with the file (the sender's reason, what the sender chose to share).</summary>
    public DossierDefinition? Dossier { get; init; }

    /// <summary>A record the application writes when the process enters this step (e.g. a case closed). Opaque to the runtime.</summary>
    public string? Record { get; init; }
}

public sealed class PublicNoteDefinition
{
    public string? Variable { get; init; }
    public Dictionary<string, string>? Text { get; init; }
}

/// <summary>Names of case variables only; the application decides what a dossier holds and who reads it.</summary>
public sealed class DossierDefinition
{
    /// <summary>A text variable: why the file is handed over (e.g. the signs of a crime).</summary>
    public required string Reason { get; init; }

    /// <summary>A boolean variable: the sender shares the complainant's contact with the receiver.</summary>
    public string? ShareContact { get; init; }

    /// <summary>A text variable, required when <see cref="ShareContact"/> is ticked: why the receiver needs the contact.</summary>
    public string? SharePurpose { get; init; }
}

public static class Grants
{
    /// <summary>The receiving agency reads the case from the handoff on.</summary>
    public const string Case = "case";

    /// <summary>The receiving agency already has what it needs (e.g. a file going back).</summary>
    public const string None = "none";
    public static readonly IReadOnlyList<string> All = [Case, None];
}

/// <summary>Who works a task. Values are plain codes; the application gives them meaning.</summary>
public sealed class Assignment
{
    public string? Agency { get; init; }
    public string? Team { get; init; }
    public string? Role { get; init; }
    public string? User { get; init; }

    /// <summary>Take the agency from a case variable instead (e.g. the referral's receiving agency).</summary>
    public string? AgencyFrom { get; init; }
}

public sealed class OutcomeDefinition
{
    public required string Name { get; init; }
    public Dictionary<string, string> Label { get; init; } = [];
    public required string To { get; init; }
    public List<FieldDefinition> Form { get; init; } = [];
    public List<string> Roles { get; init; } = [];

    /// <summary>A record the application checks and writes from this outcome's values (e.g. a violation record). Opaque to the runtime.</summary>
    public string? Record { get; init; }

    /// <summary>An irreversible outcome (a rejection, a decision, a closing): the statement the user confirms before it is taken.</summary>
    public Dictionary<string, string>? Confirm { get; init; }
}

public sealed class FieldDefinition
{
    public required string Name { get; init; }
    public string Type { get; init; } = "text";
    public Dictionary<string, string> Label { get; init; } = [];
    public bool Required { get; init; }
    public List<string> Options { get; init; } = [];

    /// <summary>choice: the options come from the application's <see cref="Runtime.IFieldOptionSource"/> of this name instead of <see cref="Options"/>.</summary>
    public string? OptionsFrom { get; init; }
    public long? Min { get; init; }
    public long? Max { get; init; }

    /// <summary>Required when the boolean field of this name in the same form is ticked.</summary>
    public string? RequiredWhen { get; init; }
    /// <summary>text: a multi-line answer (findings, reasons) rather than a one-line value.</summary>
    public bool Multiline { get; init; }
}

public sealed class DeadlineDefinition
{
    public required DurationDefinition Duration { get; init; }

    /// <summary>A date case variable (yyyy-MM-dd, a Vietnam calendar day) the period counts from instead of the task's creation.</summary>
    public string? From { get; init; }

    /// <summary>A boolean case variable that switches to <see cref="IfFlagDuration"/> (e.g. a complex case: 30 days).</summary>
    public string? Flag { get; init; }
    public DurationDefinition? IfFlagDuration { get; init; }

    /// <summary>Where the case goes when the deadline passes; without it the task stays open, escalated.</summary>
    public string? OnExpire { get; init; }
    public string? EscalateToRole { get; init; }
    public ExtensionPolicy? Extension { get; init; }

    /// <summary>Where the period comes from (e.g. an article of a law), shown beside the deadline.</summary>
    public Dictionary<string, string>? Basis { get; init; }
}

public sealed class ExtensionPolicy
{
    public int MaxTimes { get; init; } = 1;
    public int MaxDays { get; init; }
    public string Calendar { get; init; } = Calendars.Calendar;
    public required string ApproverRole { get; init; }
}

public static class Calendars
{
    public const string Calendar = "calendar";
    public const string Working = "working";
}

public sealed class DurationDefinition
{
    public int Days { get; init; }
    public int Hours { get; init; }
    public string Calendar { get; init; } = Calendars.Calendar;
}

public sealed class RuleDefinition
{
    public required string When { get; init; }
    [JsonPropertyName("equals")] public string? EqualsValue { get; init; }
    public List<string> In { get; init; } = [];
    public bool? IsTrue { get; init; }
    public long? GreaterThan { get; init; }
    public required string To { get; init; }
}

public sealed class SignalDefinition
{
    public required string Name { get; init; }
    public Dictionary<string, string> Label { get; init; } = [];
    public required string To { get; init; }
    public List<string> Roles { get; init; } = [];
    public List<FieldDefinition> Form { get; init; } = [];

    /// <summary>A record the application checks and writes from the signal's values.</summary>
    public string? Record { get; init; }
}
