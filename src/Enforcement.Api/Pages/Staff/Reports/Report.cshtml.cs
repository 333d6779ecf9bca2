using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;
using Enforcement.Api.Reports.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Reports;

/// <summary>
/// One report (báo cáo) as its document, with its files: ?format=csv|xlsx|pdf answers the same files as the API,
/// here for the signed-in page (the API takes bearer tokens only). Leaders submit (nộp) it here through the same
/// <see cref="SubmitReport"/> use case as the API, and download each submitted version's frozen files.
/// </summary>
[Authorize(Policy = Policies.ReportReader)]
internal sealed class ReportModel(
    IReportFigures figures, IReportOutputs outputs, ReportHtml html, EnforcementDbContext db, ReportDueDates due,
    IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public ReportFigures Figures { get; private set; } = null!;
    public string DocumentHtml { get; private set; } = "";
    public bool Open { get; private set; }

    /// <summary>The signed-in user may submit, and the period has ended (or, for the year, opened).</summary>
    public bool CanSubmit { get; private set; }
    public bool SubmitOpen { get; private set; }
    public SubmissionListView Submissions { get; private set; } = null!;
    public string? Reason { get; private set; }
    public string? ReasonError { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string period, string? format, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var reportPeriod)) return NotFound();
        if (format is not null && !ReportFormats.Files.Contains(format))
            return BadRequest(Text.Pick("Định dạng phải là csv, xlsx hoặc pdf.", "The format must be csv, xlsx or pdf."));
        if (format is null) return await PageAsync(reportPeriod, ct);
        Figures = await figures.BuildAsync(reportPeriod, ct);
        var file = await outputs.RenderAsync(Figures, format, ct);   // no Chromium on this server: 503 (ServiceUnavailableException)
        Response.Headers.ContentSecurityPolicy = "sandbox";
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A submitted version's stored bytes, exactly as frozen (the API's download, for the cookie-signed page).</summary>
    public async Task<IActionResult> OnGetFileAsync(string kind, string period, int version, string? format, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p) || format is null || !ReportFormats.Files.Contains(format)) return NotFound();
        var file = await SubmissionQueryEndpoints.FindFileAsync(p, version, format, db, ct);
        if (file is null) return NotFound();
        Response.Headers[SubmissionViews.HashHeader] = file.Sha256;
        Response.Headers.ContentSecurityPolicy = "sandbox";
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostSubmitAsync(string kind, string period, string? reason, [FromServices] SubmitReport submit, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p)) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, Policies.ReportSubmitter)).Succeeded) return Forbid();
        var outcome = await submit.SubmitAsync(p, reason, User.UserName(), ct);
        if (outcome.Created is not null) return Redirect($"/staff/reports/{p.Kind}/{p}#submissions");   // post, redirect, get
        Reason = reason;
        ReasonError = outcome.Errors?.GetValueOrDefault("reason")?.FirstOrDefault();
        Refusal = outcome.Refusal ?? (ReasonError is null ? outcome.Errors?.Values.SelectMany(e => e).FirstOrDefault() : null);
        return await PageAsync(p, ct);
    }

    private async Task<IActionResult> PageAsync(ReportPeriod p, CancellationToken ct)
    {
        Figures = await figures.BuildAsync(p, ct);
        Open = p.To >= VietnamTime.Today(clock);
        DocumentHtml = html.Render(Figures);
        Submissions = await SubmissionQueryEndpoints.LoadAsync(p, db, due, ct);
        SubmitOpen = due.IsOpen(p, clock);
        CanSubmit = (await authorization.AuthorizeAsync(User, Policies.ReportSubmitter)).Succeeded;
        return Page();
    }

    public string FileUrl(SubmissionView v, string format) => $"/staff/reports/{v.Kind}/{v.Period}?handler=file&version={v.Version}&format={format}";
}
