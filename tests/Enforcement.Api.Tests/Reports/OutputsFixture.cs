using System.Diagnostics;
using Enforcement.Api.Data;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The app, and the known figures rendered once in every format (the PDF takes a browser, so once per class).</summary>
public sealed class OutputsFixture<TApp> : IAsyncLifetime where TApp : AppFactory, new()
{
    public TApp App { get; } = new();
    internal ReportFigures Figures { get; } = OutputsFigures.October2026();
    internal ReportFile Csv { get; private set; } = null!;
    internal ReportFile Xlsx { get; private set; } = null!;
    internal ReportFile Pdf { get; private set; } = null!;
    internal string Html { get; private set; } = "";
    /// <summary>pdftotext's output with runs of white space made one space.</summary>
    public string PdfText { get; private set; } = "";
    public string PdfInfo { get; private set; } = "";
    public IReadOnlyList<string> SecondPageLines { get; private set; } = [];
    public string Signer { get; private set; } = "";
    /// <summary>Every staff member's and complainant's name in the database: none may appear in a report.</summary>
    public IReadOnlyList<string> PersonalNames { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var outputs = App.Services.GetRequiredService<IReportOutputs>();
        Csv = await outputs.RenderAsync(Figures, ReportFormats.Csv, CancellationToken.None);
        Xlsx = await outputs.RenderAsync(Figures, ReportFormats.Xlsx, CancellationToken.None);
        Pdf = await outputs.RenderAsync(Figures, ReportFormats.Pdf, CancellationToken.None);
        Html = App.Services.GetRequiredService<ReportHtml>().Render(Figures);
        Signer = App.Services.GetRequiredService<IOptions<ReportDocumentOptions>>().Value.Signer;
        var pdf = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, Pdf.Content);
        PdfText = string.Join(' ', (await ReportTools.Run("pdftotext", "-enc", "UTF-8", pdf, "-")).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
        PdfInfo = await ReportTools.Run("pdfinfo", pdf);
        SecondPageLines = (await ReportTools.Run("pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2", pdf, "-")).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        File.Delete(pdf);

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var staff = await db.StaffUsers.Select(s => s.FullName).ToListAsync();
        var complainants = await db.Complaints.Select(c => c.Complainant.FullName).ToListAsync();
        PersonalNames = [.. staff.Concat(complainants).OfType<string>().Where(n => n.Length > 0 && n != Signer).Distinct()];
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}

/// <summary>The independent readers: Debian's poppler-utils and npm exceljs.</summary>
internal static class ReportTools
{
    /// <summary>Runs a tool (Debian's poppler-utils, node) and returns its standard output.</summary>
    public static async Task<string> Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: install it (scripts/test.sh does).");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }

    /// <summary>Where scripts/test.sh installs exceljs: &lt;repo&gt;/.tools/exceljs.</summary>
    public static string ExcelJsDirectory
    {
        get
        {
            var dir = Path.Combine(RepoRoot, ".tools", "exceljs");
            if (!Directory.Exists(Path.Combine(dir, "node_modules", "exceljs")))
                throw new InvalidOperationException($"exceljs is not installed in {dir}: run `npm install --prefix {dir} exceljs` (scripts/test.sh does it).");
            return dir;
        }
    }

    public static string ReadXlsxScript => Path.Combine(RepoRoot, "tests", "Enforcement.Api.Tests", "Reports", "read-xlsx.mjs");

    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) return dir.FullName;
            throw new InvalidOperationException("Enforcement.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
