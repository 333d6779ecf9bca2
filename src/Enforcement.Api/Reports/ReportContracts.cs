using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Reports;

/// <summary>Computes a period's figures from the enforcement records (never from journals).</summary>
internal interface IReportFigures
{
    Task<ReportFigures> BuildAsync(ReportPeriod period, CancellationToken ct);
}

/// <summary>Renders a report's figures as a file: <c>csv</c>, <c>xlsx</c> or <c>pdf</c> (see <see cref="ReportFormats"/>).</summary>
internal interface IReportOutputs
{
    Task<ReportFile> RenderAsync(ReportFigures figures, string format, CancellationToken ct);
}

internal sealed record ReportFile(string ContentType, string FileName, byte[] Content);

internal static class ReportFormats
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string Pdf = "pdf";
    public static readonly IReadOnlyList<string> Files = [Csv, Xlsx, Pdf];
}
