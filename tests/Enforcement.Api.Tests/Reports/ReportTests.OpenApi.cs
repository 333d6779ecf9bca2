using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

public abstract partial class ReportTests<TApp>
{
    [Fact]
    public async Task The_openapi_document_describes_the_report_contract()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/staff/reports/monthly/{month}", "/api/staff/reports/yearly/{year}",
            "/api/staff/reports/monthly/{month}/handoffs", "/api/staff/reports/yearly/{year}/handoffs" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        var ok = paths.GetProperty("/api/staff/reports/monthly/{month}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("#/components/schemas/ReportFigures", ok.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(ok.TryGetProperty("application/pdf", out _));
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        string[] Properties(string schema) => schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Superset(new HashSet<string>(["violations", "complaints", "handoffs", "target", "trend", "byWard", "previousPeriod", "samePeriodLastYear"]), Properties("ReportFigures").ToHashSet());
        Assert.Superset(new HashSet<string>(["records", "finesImposedVnd", "finesCollectedVnd", "goodsValueVnd", "byCategory"]), Properties("ViolationFigures").ToHashSet());
        Assert.Superset(new HashSet<string>(["received", "resolvedOnTimePercent"]), Properties("ComplaintFigures").ToHashSet());
        Assert.Superset(new HashSet<string>(["status", "explanation"]), Properties("TargetStatus").ToHashSet());
    }
}
