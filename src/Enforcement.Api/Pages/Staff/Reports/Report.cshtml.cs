using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Reports;

/// <summary>
/// One report (báo cáo) as its document, with its files: ?format=csv|xlsx|pdf answers the same files as the API,
/// here for the signed-in page (the API takes bearer tokens only).
/// </summary>
[Authorize(Policy = Policies.ReportReader)]
internal sealed class ReportModel(IReportFigures figures, IReportOutputs outputs, ReportHtml html, TimeProvider clock) : PageModel
{
    public ReportFigures Figures { get; private set; } = null!;
    public string DocumentHtml { get; private set; } = "";
    public bool Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string period, string? format, CancellationToken ct)
    {
        var ok = kind switch
        {
            ReportPeriod.Monthly => ReportPeriod.TryParseMonth(period, out var p) ? p : (ReportPeriod?)null,
            ReportPeriod.Yearly => ReportPeriod.TryParseYear(period, out var y) ? y : null,
            _ => null,
        };
        if (ok is not { } reportPeriod) return NotFound();
        if (format is not null && !ReportFormats.Files.Contains(format))
            return BadRequest(Text.Pick("Định dạng phải là csv, xlsx hoặc pdf.", "The format must be csv, xlsx or pdf."));
        Figures = await figures.BuildAsync(reportPeriod, ct);
        if (format is not null)
        {
            ReportFile file;
            try { file = await outputs.RenderAsync(Figures, format, ct); }
            catch (Enforcement.Evidence.Capture.CaptureFailedException)   // no browser on this server: a state to report, not a crash
            {
                return new ContentResult
                {
                    StatusCode = StatusCodes.Status503ServiceUnavailable, ContentType = "text/plain; charset=utf-8",
                    Content = Text.Pick("Máy chủ chưa in được PDF (thiếu trình duyệt Chromium).", "This server cannot print PDFs yet (Chromium is missing)."),
                };
            }
            Response.Headers.ContentSecurityPolicy = "sandbox";
            return File(file.Content, file.ContentType, file.FileName);
        }
        Open = reportPeriod.To >= VietnamTime.Today(clock);
        DocumentHtml = html.Render(Figures);
        return Page();
    }
}
