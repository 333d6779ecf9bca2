using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>The report files: CSV, XLSX and PDF, named bao-cao-&lt;period&gt;.&lt;format&gt;.</summary>
internal sealed class ReportOutputs(ReportPdf pdf) : IReportOutputs
{
    public async Task<ReportFile> RenderAsync(ReportFigures figures, string format, CancellationToken ct) => format switch
    {
        ReportFormats.Csv => new("text/csv; charset=utf-8", ReportText.FileName(figures.Period, "csv"), ReportCsv.Render(figures)),
        ReportFormats.Xlsx => new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportText.FileName(figures.Period, "xlsx"),
            await ReportXlsx.RenderAsync(figures, ct)),
        ReportFormats.Pdf => new("application/pdf", ReportText.FileName(figures.Period, "pdf"), await pdf.RenderAsync(figures, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Formats: " + string.Join(", ", ReportFormats.Files)),
    };
}
