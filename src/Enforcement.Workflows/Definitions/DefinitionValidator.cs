namespace Enforcement.Workflows.Definitions;

/// <summary>Finds what would break a running case: unknown or unreachable steps, dangling transitions, bad durations, duplicate outcomes.</summary>
public static class DefinitionValidator
{
    /// <summary>The target that returns to the step where the last signal was raised.</summary>
    public const string Resume = "$resume";

    public static IReadOnlyList<string> Validate(WorkflowDefinition d)
    {
        var errors = new List<string>();
        void Error(string message) => errors.Add(message);

        if (string.IsNullOrWhiteSpace(d.Id)) Error("the definition has no id");
        if (d.Version < 1) Error("version must be 1 or more");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in d.Steps)
        {
            if (!ids.Add(s.Id)) Error($"duplicate step '{s.Id}'");
            if (!StepTypes.All.Contains(s.Type)) Error($"step '{s.Id}' has unknown type '{s.Type}'");
        }
        if (d.Step(d.Start) is null) Error($"start step '{d.Start}' is not defined");

        void Target(string from, string? to, string what)
        {
            if (string.IsNullOrWhiteSpace(to)) Error($"step '{from}': {what} has no target");
            else if (to != Resume && !ids.Contains(to)) Error($"step '{from}': {what} goes to unknown step '{to}'");
        }

        foreach (var s in d.Steps)
        {
            if (s.NotBy is not null && s.Type != StepTypes.Task) Error($"step '{s.Id}': only a task can declare notBy");
            switch (s.Type)
            {
                case StepTypes.Task:
                    if (s.Outcomes.Count == 0) Error($"step '{s.Id}': a task needs at least one outcome");
                    if (s.Assignee is null || (s.Assignee.Agency ?? s.Assignee.AgencyFrom ?? s.Assignee.Role ?? s.Assignee.User ?? s.Assignee.Team) is null)
                        Error($"step '{s.Id}': a task needs an assignee");
                    foreach (var dup in s.Outcomes.GroupBy(o => o.Name).Where(g => g.Count() > 1)) Error($"step '{s.Id}': duplicate outcome '{dup.Key}'");
                    foreach (var o in s.Outcomes) Target(s.Id, o.To, $"outcome '{o.Name}'");
                    foreach (var o in s.Outcomes) CheckFields(s.Id, s.Form.Concat(o.Form).ToList(), Error);
                    if (s.NotBy is { } other && (other == s.Id || d.Step(other)?.Type != StepTypes.Task))
                        Error($"step '{s.Id}': notBy '{other}' must name another task step of this process");
                    if (s.Deadline is { } dl)
                    {
                        CheckDuration(s.Id, "deadline", dl.Duration, Error);
                        if (dl.IfFlagDuration is { } alt) CheckDuration(s.Id, "deadline (flag)", alt, Error);
                        if (dl.OnExpire is not null) Target(s.Id, dl.OnExpire, "deadline expiry");
                        if (dl.Extension is { } ext && (ext.MaxDays < 1 || ext.MaxTimes < 1 || !IsCalendar(ext.Calendar)))
                            Error($"step '{s.Id}': extension needs maxDays ≥ 1, maxTimes ≥ 1 and a known calendar");
                    }
                    break;
                case StepTypes.Decision:
                    if (s.Rules.Count == 0 && s.Otherwise is null) Error($"step '{s.Id}': a decision needs rules or 'otherwise'");
                    foreach (var r in s.Rules) Target(s.Id, r.To, $"rule on '{r.When}'");
                    Target(s.Id, s.Otherwise, "'otherwise'");
                    break;
                case StepTypes.Timer:
                    if (s.Duration is null) Error($"step '{s.Id}': a timer needs a duration");
                    else CheckDuration(s.Id, "timer", s.Duration, Error);
                    Target(s.Id, s.To, "'to'");
                    break;
                case StepTypes.Handoff:
                    if (string.IsNullOrWhiteSpace(s.Agency ?? s.AgencyFrom)) Error($"step '{s.Id}': a handoff needs an agency or agencyFrom");
                    if (s.Grant is null || !Grants.All.Contains(s.Grant)) Error($"step '{s.Id}': a handoff must declare its grant ({string.Join(" or ", Grants.All)})");
                    if (s.Dossier is { } dossier && (dossier.ShareContact is null) != (dossier.SharePurpose is null))
                        Error($"step '{s.Id}': a dossier names both shareContact and sharePurpose, or neither");
                    Target(s.Id, s.To, "'to'");
                    break;
                case StepTypes.Notify:
                    if (string.IsNullOrWhiteSpace(s.Template)) Error($"step '{s.Id}': a notification needs a template");
                    Target(s.Id, s.To, "'to'");
                    break;
            }
            if (s.Dossier is not null && s.Type != StepTypes.Handoff) Error($"step '{s.Id}': only a handoff carries a dossier");
        }
        foreach (var sig in d.Signals) CheckFields($"(signal {sig.Name})", sig.Form, Error);
        foreach (var dup in d.Signals.GroupBy(x => x.Name).Where(g => g.Count() > 1)) Error($"duplicate signal '{dup.Key}'");
        foreach (var sig in d.Signals) Target("(signal)", sig.To, $"signal '{sig.Name}'");
        if (!d.Steps.Any(s => s.Type == StepTypes.End)) Error("the process has no end step");

        if (errors.Count == 0)
        {
            foreach (var unreachable in d.Steps.Select(s => s.Id).Except(Reachable(d))) Error($"step '{unreachable}' is unreachable");
        }
        return errors.Distinct().ToList();
    }

    /// <summary>Steps reachable from the start or from a signal.</summary>
    public static HashSet<string> Reachable(WorkflowDefinition d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([d.Start, .. d.Signals.Select(s => s.To)]);
        while (queue.TryDequeue(out var id))
        {
            if (id == Resume || !seen.Add(id) || d.Step(id) is not { } s) continue;
            foreach (var next in Next(s)) queue.Enqueue(next);
        }
        return seen;
    }

    public static IEnumerable<string> Next(StepDefinition s)
    {
        foreach (var o in s.Outcomes) yield return o.To;
        foreach (var r in s.Rules) yield return r.To;
        if (s.Otherwise is not null) yield return s.Otherwise;
        if (s.To is not null) yield return s.To;
        if (s.Deadline?.OnExpire is not null) yield return s.Deadline.OnExpire;
    }

    /// <summary>
    /// What one file cannot know: every continueWith names a loaded process, and every case variable a
    /// step reads by name (agencyFrom, a publicNote, a deadline's from) is a field of this process's forms or of a process
    /// that continues into it (variables travel with the case).
    /// </summary>
    public static IReadOnlyList<string> ValidateReferences(WorkflowDefinition d, IReadOnlyCollection<WorkflowDefinition> all)
    {
        var errors = new List<string>();
        var ids = all.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var s in d.Steps.Where(s => s.ContinueWith is { } next && !ids.Contains(next)))
            errors.Add($"step '{s.Id}': continueWith names unknown process '{s.ContinueWith}'");
        var fields = Upstream(d, all).SelectMany(Fields).ToList();
        foreach (var s in d.Steps)
        {
            foreach (var from in new[] { s.AgencyFrom, s.Assignee?.AgencyFrom }.OfType<string>())
            {
                if (!fields.Any(f => f.Name == from && f.Type == "choice")) errors.Add($"step '{s.Id}': agencyFrom '{from}' is not a choice field of this or a preceding process");
            }
            if (s.Deadline?.From is { } start && !fields.Any(f => f.Name == start && f.Type == "date"))
                errors.Add($"step '{s.Id}': deadline from '{start}' is not a date field of this or a preceding process");
            if (s.Dossier is { } dossier)
            {
                foreach (var (name, type) in new[] { (dossier.Reason, "text"), (dossier.ShareContact, "boolean"), (dossier.SharePurpose, "text") })
                {
                    if (name is not null && !fields.Any(f => f.Name == name && f.Type == type))
                        errors.Add($"step '{s.Id}': dossier variable '{name}' is not a {type} field of this or a preceding process");
                }
                if (dossier.SharePurpose is { } purpose && !fields.Any(f => f.Name == purpose && f.RequiredWhen == dossier.ShareContact))
                    errors.Add($"step '{s.Id}': dossier sharePurpose '{purpose}' must be requiredWhen '{dossier.ShareContact}'");
            }
            if (s.PublicNote is { } note)
            {
                if ((note.Variable is null) == (note.Text is null)) errors.Add($"step '{s.Id}': publicNote needs either a variable or a text");
                else if (note.Variable is { } v && fields.All(f => f.Name != v)) errors.Add($"step '{s.Id}': publicNote variable '{v}' is not a field of this or a preceding process");
                else if (note.Text is { } t && !t.ContainsKey("vi")) errors.Add($"step '{s.Id}': publicNote text needs a Vietnamese ('vi') version");
            }
        }
        return errors;
    }

    private static IEnumerable<FieldDefinition> Fields(WorkflowDefinition d) =>
        d.Steps.SelectMany(s => s.Form.Concat(s.Outcomes.SelectMany(o => o.Form))).Concat(d.Signals.SelectMany(s => s.Form));

    /// <summary>The process and every process that continues into it, directly or not.</summary>
    private static List<WorkflowDefinition> Upstream(WorkflowDefinition d, IReadOnlyCollection<WorkflowDefinition> all)
    {
        var found = new List<WorkflowDefinition> { d };
        for (var i = 0; i < found.Count; i++)
        {
            var id = found[i].Id;
            found.AddRange(all.Where(x => !found.Contains(x) && x.Steps.Any(s => s.ContinueWith == id)));
        }
        return found;
    }

    private static bool IsCalendar(string c) => c is Calendars.Calendar or Calendars.Working;

    private static void CheckDuration(string step, string what, DurationDefinition d, Action<string> error)
    {
        if (d.Days < 0 || d.Hours < 0 || (d.Days == 0 && d.Hours == 0) || d.Days > 3650) error($"step '{step}': {what} duration must be positive and at most 3650 days");
        if (!IsCalendar(d.Calendar)) error($"step '{step}': {what} calendar must be 'calendar' or 'working', not '{d.Calendar}'");
        if (d.Calendar == Calendars.Working && d.Hours != 0) error($"step '{step}': {what} counted in working days cannot have hours");
    }

    /// <summary>The fields one form shows together (a step's form and one outcome's, or a signal's).</summary>
    private static void CheckFields(string step, IReadOnlyList<FieldDefinition> fields, Action<string> error)
    {
        foreach (var f in fields)
        {
            if (f.RequiredWhen is { } when && !fields.Any(x => x.Name == when && x.Type == "boolean"))
                error($"step '{step}': field '{f.Name}' is requiredWhen '{when}', which is not a boolean field of the same form");
            if (f.Type is not ("text" or "number" or "date" or "boolean" or "choice")) error($"step '{step}': field '{f.Name}' has unknown type '{f.Type}'");
            if (f.Type == "choice" && (f.Options.Count == 0) == (f.OptionsFrom is null)) error($"step '{step}': choice field '{f.Name}' needs either options or optionsFrom");
            if (f.OptionsFrom is not null && f.Type != "choice") error($"step '{step}': field '{f.Name}' has optionsFrom but is not a choice");
        }
    }
}
