using AutoMapper;
using Enforcement.Api.Cases;
using Enforcement.Api.Cases.Detail;
using Enforcement.Api.Cases.Tasks;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;
using Enforcement.Api.Web;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Complaints;

/// <summary>The case page: the complaint, the tasks with their outcome buttons, deadlines, timeline and process diagrams.</summary>
[Authorize(Policy = Policies.ComplaintReader)]
[RequestSizeLimit(Enforcement.Api.Complaints.Submit.SubmitComplaintEndpoint.MaxRequestBytes)] // an outcome's files: 10 of 10 MB, as the API
internal sealed class DetailModel(EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units, DefinitionCatalog catalog, WorkflowRuntime runtime, TimeProvider clock) : PageModel
{
    public ComplaintDetail Complaint { get; private set; } = null!;
    public CaseDetail Case { get; private set; } = null!;
    public string Place { get; private set; } = "";
    public Dictionary<long, string> Diagrams { get; } = [];
    public IReadOnlyList<(string UserName, string FullName)> Colleagues { get; private set; } = [];
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? FailedForm { get; private set; }
    public IReadOnlyList<Enforcement.Api.Evidence.Read.EvidenceView> Evidence { get; private set; } = [];
    public string EvidenceKeyFingerprint { get; private set; } = "";
    public (long Id, Enforcement.Api.Evidence.Verify.VerificationView Result)? Verified { get; private set; }
    public IReadOnlyList<Enforcement.Api.Cases.Notes.CaseNoteView> Notes { get; private set; } = [];
    public IReadOnlyList<Enforcement.Api.Cases.Files.TaskFileView> Files { get; private set; } = [];
    public string? NoteDraft { get; private set; }
    public bool CanAssign => User.Role() is Roles.TeamLead or Roles.Supervisor;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Message = TempData["case.message"] as string;
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    /// <summary>An irreversible outcome needs its confirmation ticked (the checkbox is required in the page too); without it nothing moves.</summary>
    public Task<IActionResult> OnPostCompleteAsync(string code, long taskId, string outcome, int? revision, string? comment, bool confirmed,
        [FromServices] Enforcement.Api.Complaints.AttachmentWriteGate gate, CancellationToken ct) =>
        ActAsync(code, $"task-{taskId}-{outcome}", async () => !confirmed && await OutcomeConfirmation.RequiredAsync(db, catalog, taskId, outcome, ct)
            ? (IResult)Enforcement.Api.Infrastructure.Problems.Validation(new Dictionary<string, string[]> { ["confirmed"] = [Text.Get("workflow.error.confirm")] })
            : (await CompleteWithFiles.CompleteAsync(taskId, new CompleteTaskRequest(outcome, Fields(), comment, revision),
                await CompleteTaskForm.InspectAsync(Request.Form.Files, ct), User, db, runtime, gate, clock, ct)).Result, ct);

    /// <summary>Adds an internal note; a refused one is shown again with its message.</summary>
    public async Task<IActionResult> OnPostNoteAsync(string code, string? text, CancellationToken ct)
    {
        var result = (await Enforcement.Api.Cases.Notes.CaseNoteEndpoints.AddAsync(code, new(text), User, db, clock, ct)).Result;
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created })
        {
            TempData["case.message"] = Text.Pick("Đã lưu ghi chú nội bộ.", "The internal note is saved.");
            return Redirect($"/staff/complaints/{Uri.EscapeDataString(code)}#notes");
        }
        if (!await LoadAsync(code, ct)) return NotFound();
        (FailedForm, NoteDraft, Message) = ("note", text, ApiAnswer.Describe(result));
        if (result is ValidationProblem v) FieldErrors = v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public Task<IActionResult> OnPostClaimAsync(string code, long taskId, CancellationToken ct) =>
        ActAsync(code, $"task-{taskId}", async () => (await TaskEndpoints.ClaimAsync(taskId, User, db, runtime, ct)).Result, ct);

    public Task<IActionResult> OnPostAssignAsync(string code, long taskId, string? userName, CancellationToken ct) =>
        ActAsync(code, $"task-{taskId}", async () => (await TaskEndpoints.AssignAsync(taskId, new AssignTaskRequest(userName), User, db, runtime, ct)).Result, ct);

    public Task<IActionResult> OnPostExtendAsync(string code, long taskId, int? days, string? reason, CancellationToken ct) =>
        ActAsync(code, $"extend-{taskId}", async () => (await TaskEndpoints.ExtendAsync(taskId, new ExtendDeadlineRequest(days, reason), User, db, runtime, ct)).Result, ct);

    public Task<IActionResult> OnPostSignalAsync(string code, long instanceId, string signal, string? comment, CancellationToken ct) =>
        ActAsync(code, $"signal-{instanceId}-{signal}", async () => (await CaseActionEndpoints.SignalAsync(code, instanceId, signal,
            new SignalRequest(Fields(), comment), User, db, runtime, ct)).Result, ct);

    public Task<IActionResult> OnPostRetryIncidentAsync(string code, long timerId, [FromServices] ILogger<Enforcement.Api.Admin.Incidents.IncidentActionResponse> log, CancellationToken ct) =>
        ActAsync(code, $"incident-{timerId}", async () => (await Enforcement.Api.Admin.Incidents.IncidentEndpoints.RetryTimerAsync(timerId, User, runtime, log, ct)).Result, ct);

    public Task<IActionResult> OnPostCancelIncidentAsync(string code, long timerId, string? reason, [FromServices] ILogger<Enforcement.Api.Admin.Incidents.IncidentActionResponse> log, CancellationToken ct) =>
        ActAsync(code, $"incident-{timerId}", async () => (await Enforcement.Api.Admin.Incidents.IncidentEndpoints.CancelTimerAsync(timerId, new(reason), User, runtime, log, ct)).Result, ct);

    /// <summary>Queues a capture (or a repeat of one); the section shows it and refreshes until it is done.</summary>
    public async Task<IActionResult> OnPostCaptureAsync(string code, string? url, long? previousId, [FromServices] Enforcement.Evidence.Safety.TargetGuard guard,
        [FromServices] Enforcement.Api.Evidence.Capture.CaptureSignal signal, CancellationToken ct)
    {
        var result = (await Enforcement.Api.Evidence.Request.RequestCaptureEndpoint.RequestAsync(code, new(url, previousId), User, db, guard, signal, clock, ct)).Result;
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status202Accepted })
        {
            TempData["case.message"] = Text.Pick("Đã xếp hàng thu thập trang web; kết quả hiện ở mục Chứng cứ điện tử.", "The page is queued for capture; results appear under Web evidence.");
            return Redirect($"/staff/complaints/{Uri.EscapeDataString(code)}#evidence");
        }
        if (!await LoadAsync(code, ct)) return NotFound();
        FailedForm = "evidence";
        Message = ApiAnswer.Describe(result);
        if (result is ValidationProblem v) FieldErrors = v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);
        Response.StatusCode = result is ProblemHttpResult p ? p.StatusCode : 400;
        return Page();
    }

    /// <summary>Re-hashes the capture's files and checks its signature and custody chain, shown in place.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(string code, long captureId, [FromServices] Enforcement.Evidence.Integrity.IEvidenceStore store,
        [FromServices] Enforcement.Api.Evidence.EvidenceKeys keys, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct) || Evidence.All(e => e.Id != captureId)) return NotFound();
        var capture = await Enforcement.Api.Evidence.EvidenceAccess.FindAsync(db, captureId, User, ct);
        Verified = (captureId, await Enforcement.Api.Evidence.Verify.VerifyEvidenceEndpoint.CheckAsync(db, capture!, store, keys, ct));
        return Page();
    }

    /// <summary>Runs the same handler as the API; success goes back to the page (POST-redirect-GET), failure shows the messages in place.</summary>
    private async Task<IActionResult> ActAsync(string code, string form, Func<Task<IResult>> action, CancellationToken ct)
    {
        var result = await action();
        if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            TempData["case.message"] = ApiAnswer.Describe(result);
            return Redirect($"/staff/complaints/{Uri.EscapeDataString(code)}");
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(code, ct)) return NotFound();
        FailedForm = form;
        Message = ApiAnswer.Describe(result);
        if (result is ValidationProblem v) FieldErrors = v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);
        Response.StatusCode = result switch { ValidationProblem => 400, ProblemHttpResult p => p.StatusCode, _ => 400 };
        return Page();
    }

    /// <summary>Form fields are posted as field.{name}; empty ones are left out so an optional field stays unset.</summary>
    private Dictionary<string, string?> Fields() =>
        Request.Form.Where(kv => kv.Key.StartsWith("field.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(kv.Value))
            .ToDictionary(kv => kv.Key["field.".Length..], kv => (string?)kv.Value.ToString());

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        // Not visible and not existing look the same, as in the API.
        if (await GetCaseEndpoint.FindAsync(code, User, db, mapper, catalog, runtime.FieldOptions, runtime.Calendar, clock, ct) is not { } detail) return false;
        Case = detail;
        Complaint = detail.Complaint;
        var all = await units.GetAsync(ct);
        var ward = all.Wards.TryGetValue(Complaint.WardCode, out var w) ? w.Name : Complaint.WardCode;
        Place = $"{ward}, {all.ProvinceNames.GetValueOrDefault(Complaint.ProvinceCode, Complaint.ProvinceCode)}";
        foreach (var p in detail.Processes) Diagrams[p.Id] = CaseActionEndpoints.Render(p, catalog);
        if (CanAssign) Colleagues = await StaffDirectory.ColleaguesAsync(db, User.AgencyCodeOf(), ct);
        if ((await Enforcement.Api.Evidence.Read.GetEvidenceEndpoints.ListAsync(code, User, db, ct)).Result is Ok<List<Enforcement.Api.Evidence.Read.EvidenceView>> evidence)
            Evidence = evidence.Value!;
        if (await CaseFileAccess.FindAsync(code, User, db, ct) is { } own)
        {
            Notes = await Enforcement.Api.Cases.Notes.CaseNoteEndpoints.QueryAsync(own, db, ct);
            Files = await Enforcement.Api.Cases.Files.TaskFileEndpoints.QueryAsync(own, db, catalog, ct);
        }
        EvidenceKeyFingerprint = HttpContext.RequestServices.GetRequiredService<Enforcement.Api.Evidence.EvidenceKeys>().Signer.Fingerprint;
        return true;
    }

    public string? ErrorFor(string form, string field) => FailedForm == form && FieldErrors.TryGetValue(field, out var e) ? e[0] : null;

    /// <summary>A failed field's label for the error summary, from the forms on the page.</summary>
    public string FieldLabel(string field) => field switch
    {
        "comment" => Text.Pick("Ghi chú", "Comment"),
        "confirmed" => Text.Pick("Xác nhận", "Confirmation"),
        "days" => Text.Pick("Số ngày gia hạn", "Days"),
        "reason" => Text.Pick("Lý do", "Reason"),
        _ => Case.OpenTasks.SelectMany(t => t.Fields.Concat(t.Outcomes.SelectMany(o => o.Fields))).Concat(Case.Signals.SelectMany(s => s.Fields))
            .FirstOrDefault(f => f.Name == field)?.Label ?? Text.Pick("Thông tin", "Field"),
    };

    /// <summary>What the user typed in a form that failed, so a long finding is not lost.</summary>
    public string? ValueFor(string form, string field) => FailedForm == form && Request.HasFormContentType ? Request.Form[field].FirstOrDefault() : null;

    public static string Vnd(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " ₫";
}
