using System.Net;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

/// <summary>A server without Chromium still answers the report; only its PDF is refused, with a 503 and a Vietnamese title.</summary>
public sealed class ReportPdfUnavailableTests
{
    private sealed class NoBrowserApp : SqliteApp
    {
        protected override IDictionary<string, string?> ExtraSettings =>
            new Dictionary<string, string?> { ["Evidence:ExecutablePath"] = "/nonexistent/chromium" };
    }

    [Fact]
    public async Task Without_chromium_the_pdf_is_a_503_problem_and_the_json_and_xlsx_still_work()
    {
        await using var app = new NoBrowserApp();
        var analyst = await app.StaffClientAsync("analyst");

        var pdf = await analyst.GetAsync("/api/staff/reports/monthly/2025-01?format=pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Máy chủ tạm thời chưa thực hiện được", (await pdf.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/staff/reports/monthly/2025-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/staff/reports/monthly/2025-01?format=xlsx")).StatusCode);
    }
}
